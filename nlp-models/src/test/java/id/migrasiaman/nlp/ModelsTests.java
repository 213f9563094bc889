package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trains on a handful of inline messages: fast, and shows the pipeline works end to end. */
class ModelsTests {

    private static final String[][] SAMPLES = {
        {"greeting", "halo kak selamat pagi"},
        {"greeting", "pagi kak, salam kenal"},
        {"greeting", "terima kasih kak"},
        {"greeting", "makasih banyak ya"},
        {"procedure_question", "syarat jadi pmi apa saja"},
        {"procedure_question", "bagaimana cara buat paspor kerja"},
        {"procedure_question", "dokumen apa yang perlu untuk daftar"},
        {"procedure_question", "berapa biaya resmi daftar pmi"},
        {"emergency", "saya dikunci majikan tidak bisa keluar"},
        {"emergency", "tolong saya dipukul dan disekap"},
        {"emergency", "paspor ditahan, tidak dikasih makan"},
        {"emergency", "tolong saya mau dibunuh"},
        {"out_of_scope", "jadwal bola malam ini jam berapa"},
        {"out_of_scope", "resep kue bolu enak"},
        {"out_of_scope", "harga pulsa hari ini"},
        {"out_of_scope", "cuaca besok hujan atau tidak"},
    };

    @Test
    void trainsAnAnalyserThatClassifiesRoutesAndExtracts() {
        List<LabelledMessage> corpus = new ArrayList<>();
        for (String[] s : SAMPLES) {
            corpus.add(new LabelledMessage("id", s[0], s[1]));
            corpus.add(new LabelledMessage("en", s[0], s[1] + " please"));
        }
        ModelParams params = ModelParams.load("intent");
        OpenNlpAnalyser analyser =
                new OpenNlpAnalyser(
                        Models.trainIntent(corpus, params),
                        Models.trainLanguage(corpus, ModelParams.load("language")),
                        params);

        assertThat(analyser.analyse("Halo kakkk, selamat pagi").intent())
                .isEqualTo(Intent.GREETING);
        assertThat(analyser.analyse("sy mau tanya syarat buat paspor").intent())
                .isEqualTo(Intent.PROCEDURE_QUESTION);
        Analysis danger = analyser.analyse("tolong, resep kue bolu, saya disekap di Tawau");
        assertThat(danger.intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(danger.entities().transits()).containsExactly("Tawau");
        assertThat(danger.confidence()).isBetween(0.0, 1.0);
        assertThat(analyser.analyse("").intent()).isEqualTo(Intent.OUT_OF_SCOPE);
    }
}
