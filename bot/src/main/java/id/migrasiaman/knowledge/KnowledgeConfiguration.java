package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.live.LiveContent;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * Wires the knowledge API to the live content: each call reads the current snapshot, so a reload
 * takes effect on the next message without restarting anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentSettings.class)
class KnowledgeConfiguration {

    private final ContentSettings settings;
    private final Normaliser normaliser;
    private final Path dataDir;

    /** What the content needs, resolved here, before it is loaded on a bootstrap thread. */
    KnowledgeConfiguration(
            ContentSettings settings,
            ObjectProvider<Normaliser> normaliser,
            @Value("${migrasi.store.data-dir:./data}") Path dataDir) {
        this.settings = settings;
        this.normaliser = normaliser.getIfAvailable(Normaliser::new);
        this.dataDir = dataDir;
    }

    /**
     * Loaded on a bootstrap thread while the rest of the context starts (validation, the Lucene
     * index, the topic model); the application is not started, and not ready, before it is loaded.
     * The beans below take it when they are first called. (A bean loaded in the background may not
     * ask for other beans: what it needs is resolved by the constructor above.)
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    LiveContent liveContent() {
        return new LiveContent(
                settings.resolvedDir(),
                settings.reloadInterval(),
                normaliser,
                dataDir.resolve("cache"));
    }

    @Bean
    Retrieval retrieval(ObjectProvider<LiveContent> live) {
        Supplier<LiveContent> content = SingletonSupplier.of(live::getObject);
        return new Retrieval() {
            @Override
            public Optional<TopicMatch> match(String text) {
                return content.get().current().retrieval().match(text);
            }

            @Override
            public List<TopicMatch> suggestions(String text, int limit) {
                return content.get().current().retrieval().suggestions(text, limit);
            }
        };
    }

    @Bean
    OfferChecker offerChecker(ObjectProvider<LiveContent> live) {
        Supplier<LiveContent> content = SingletonSupplier.of(live::getObject);
        return (text, understood) -> content.get().current().offers().check(text, understood);
    }

    @Bean
    Answers answers(ObjectProvider<LiveContent> live) {
        Supplier<LiveContent> content = SingletonSupplier.of(live::getObject);
        return new Answers() {
            @Override
            public Optional<Answer> answer(String topicId, String language) {
                return content.get().current().answers().answer(topicId, language);
            }

            @Override
            public List<String> topicIds() {
                return content.get().current().answers().topicIds();
            }

            @Override
            public String hotlines(String language) {
                return content.get().current().answers().hotlines(language);
            }

            @Override
            public String hotlines(String language, String country) {
                return content.get().current().answers().hotlines(language, country);
            }
        };
    }
}
