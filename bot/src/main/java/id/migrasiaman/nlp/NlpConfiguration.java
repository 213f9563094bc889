package id.migrasiaman.nlp;

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

    /** The analyser the bot uses: the loaded models, taken when first called. */
    @Bean
    TextAnalyser textAnalyser(ObjectProvider<Models> models) {
        Supplier<Models> loaded = SingletonSupplier.of(models::getObject);
        return text -> loaded.get().analyser().analyse(text);
    }

    @Bean
    Normaliser normaliser() {
        return new Normaliser();
    }
}
