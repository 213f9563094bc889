package id.migrasiaman;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Interim analyser for tests until the OpenNLP models are wired in. */
@TestConfiguration
class InterimAnalyser {
    @Bean
    TextAnalyser textAnalyser() {
        return text ->
                new Analysis(
                        text,
                        "id",
                        text.toLowerCase().contains("halo") ? Intent.GREETING : Intent.OUT_OF_SCOPE,
                        1.0,
                        Entities.NONE);
    }
}
