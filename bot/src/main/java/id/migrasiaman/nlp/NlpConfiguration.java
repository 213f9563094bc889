package id.migrasiaman.nlp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message understanding of the running bot: the OpenNLP models packaged by nlp-models. */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    TextAnalyser textAnalyser() {
        return OpenNlpAnalyser.fromClasspath();
    }

    @Bean
    Normaliser normaliser() {
        return new Normaliser();
    }
}
