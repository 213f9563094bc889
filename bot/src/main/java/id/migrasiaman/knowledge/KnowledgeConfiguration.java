package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.live.LiveContent;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the knowledge API to the live content: each call reads the current snapshot, so a reload
 * takes effect on the next message without restarting anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentSettings.class)
class KnowledgeConfiguration {

    @Bean
    LiveContent liveContent(
            ContentSettings settings,
            ObjectProvider<Normaliser> normaliser,
            @Value("${migrasi.store.data-dir:./data}") Path dataDir) {
        return new LiveContent(
                settings.resolvedDir(),
                settings.reloadInterval(),
                normaliser.getIfAvailable(Normaliser::new),
                dataDir.resolve("cache"));
    }

    @Bean
    Retrieval retrieval(LiveContent content) {
        return new Retrieval() {
            @Override
            public Optional<TopicMatch> match(String text) {
                return content.current().retrieval().match(text);
            }

            @Override
            public List<TopicMatch> suggestions(String text, int limit) {
                return content.current().retrieval().suggestions(text, limit);
            }
        };
    }

    @Bean
    OfferChecker offerChecker(LiveContent content) {
        return (text, understood) -> content.current().offers().check(text, understood);
    }

    @Bean
    Answers answers(LiveContent content) {
        return new Answers() {
            @Override
            public Optional<Answer> answer(String topicId, String language) {
                return content.current().answers().answer(topicId, language);
            }

            @Override
            public List<String> topicIds() {
                return content.current().answers().topicIds();
            }

            @Override
            public String hotlines(String language) {
                return content.current().answers().hotlines(language);
            }

            @Override
            public String hotlines(String language, String country) {
                return content.current().answers().hotlines(language, country);
            }
        };
    }
}
