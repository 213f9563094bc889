package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.live.LiveContent;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The Spring wiring: settings bound and validated, the API beans backed by the live content. */
class KnowledgeConfigurationTests {

    @TempDir Path dir;

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                    .withUserConfiguration(KnowledgeConfiguration.class);

    @Test
    void bindsSettingsAndServesTheContent() {
        ContentFixtures.validContent(dir);

        runner.withPropertyValues(
                        "migrasi.content.dir=" + dir, "migrasi.content.reload-interval=500ms")
                .run(
                        context -> {
                            assertThat(context.getBean(ContentSettings.class).reloadInterval())
                                    .isEqualTo(Duration.ofMillis(500));
                            assertThat(context.getBean(LiveContent.class).isRunning()).isTrue();
                            assertThat(context.getBean(Answers.class).answer("costs", "id"))
                                    .isPresent();
                            assertThat(
                                            context.getBean(Retrieval.class)
                                                    .topicFor("question about costs"))
                                    .contains("costs");
                            assertThat(context.getBean(OfferChecker.class).check("a visit visa"))
                                    .extracting(RedFlagHit::flagId)
                                    .containsExactly("visit-visa");
                        });
    }

    @Test
    void defaultsToTheContentDirectoryEveryTwoSeconds() {
        runner.run(
                context -> {
                    ContentSettings settings = context.getBean(ContentSettings.class);
                    assertThat(settings.dir().normalize()).isEqualTo(Path.of("content"));
                    assertThat(settings.reloadInterval()).isEqualTo(Duration.ofSeconds(2));
                    // Tests run in bot/, so ./content is found one level up.
                    assertThat(settings.resolvedDir()).isEqualTo(Path.of("../content"));
                });
    }

    @Test
    void rejectsATooShortInterval() {
        ContentFixtures.validContent(dir);

        runner.withPropertyValues(
                        "migrasi.content.dir=" + dir, "migrasi.content.reload-interval=1ms")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void invalidContentStopsTheApplicationFromStarting() {
        ContentFixtures.validContent(dir);
        ContentFixtures.edit(
                dir, "topics/costs.yml", y -> y.replace("related: [", "related: [x, "));

        runner.withPropertyValues("migrasi.content.dir=" + dir)
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .hasRootCauseInstanceOf(InvalidContentException.class)
                                        .rootCause()
                                        .hasMessageContaining("related 'x' is not a topic"));
    }
}
