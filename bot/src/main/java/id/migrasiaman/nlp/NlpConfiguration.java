package id.migrasiaman.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/** The message understanding of the running bot: the OpenNLP models packaged by nlp-models. */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    /** The models as loaded, held apart so that only {@link #textAnalyser} is a TextAnalyser. */
    record Models(TextAnalyser analyser) {}

    /**
     * The models are read on a bootstrap thread while the rest of the context starts; the
     * application is not started, and not ready, before they are loaded.
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    Models nlpModels() {
        return new Models(OpenNlpAnalyser.fromClasspath());
    }

    /**
     * The analyser the bot uses: the loaded models, taken when first called. One turn reads its
     * text in several places (the safety layer, the reply language, the intent routing); the
     * analysis, an immutable record, is kept for a minute so the models run once per text.
     */
    @Bean
    TextAnalyser textAnalyser(ObjectProvider<Models> models) {
        Supplier<Models> loaded = SingletonSupplier.of(models::getObject);
        Cache<String, Analysis> recent =
                Caffeine.newBuilder()
                        .maximumSize(1_000)
                        .expireAfterWrite(Duration.ofMinutes(1))
                        .build();
        return text ->
                text == null
                        ? loaded.get().analyser().analyse(text)
                        : recent.get(text, t -> loaded.get().analyser().analyse(t));
    }

    @Bean
    Normaliser normaliser() {
        return new Normaliser();
    }
}
