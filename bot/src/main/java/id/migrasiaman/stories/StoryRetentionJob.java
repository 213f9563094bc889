package id.migrasiaman.stories;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes staff-only stories after {@code migrasi.stories.private-retention-days}. */
@Component
@EnableConfigurationProperties(StorySettings.class)
class StoryRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(StoryRetentionJob.class);

    private final StoryStore stories;
    private final Clock clock;
    private final Duration retention;

    StoryRetentionJob(StoryStore stories, Clock clock, StorySettings settings) {
        this.stories = stories;
        this.clock = clock;
        this.retention = Duration.ofDays(settings.privateRetentionDays());
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT20M")
    long purge() {
        long deleted = stories.deletePrivateBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Stories: deleted {} staff-only stor(ies) past retention", deleted);
        }
        return deleted;
    }
}
