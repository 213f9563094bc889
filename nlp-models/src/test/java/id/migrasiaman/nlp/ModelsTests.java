package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.training.FlaggedMessage;
import id.migrasiaman.nlp.training.LabelledMessage;
import id.migrasiaman.nlp.training.Training;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        List<FlaggedMessage> offers =
                List.of(
                        new FlaggedMessage("id", Set.of("upfront-fees"), "bayar dulu 5 juta"),
                        new FlaggedMessage("id", Set.of("upfront-fees"), "harus setor uang dulu"),
                        new FlaggedMessage("id", Set.of(), "kerja resmi lewat disnaker"),
                        new FlaggedMessage("id", Set.of(), "gaji dibayar tiap bulan"));
        OpenNlpAnalyser analyser =
                OpenNlpAnalyser.of(Training.all(corpus, offers, ModelSet.Params.load()));

        assertThat(analyser.analyse("Halo kakkk, selamat pagi").intent())
                .isEqualTo(Intent.GREETING);
        assertThat(analyser.analyse("sy mau tanya syarat buat paspor").intent())
                .isEqualTo(Intent.PROCEDURE_QUESTION);
        Analysis danger = analyser.analyse("tolong, resep kue bolu, saya disekap di Tawau");
        assertThat(danger.intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(danger.entities().transits()).containsExactly("Tawau");
        assertThat(danger.confidence()).isBetween(0.0, 1.0);
        assertThat(analyser.analyse("").intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(analyser.analyse("sy mau tanya syarat buat paspor").aboutWorkAbroad()).isTrue();
        assertThat(analyser.analyse("resep kue bolu enak").aboutWorkAbroad()).isFalse();
        assertThat(analyser.analyse("agen bilang bayar dulu 5 juta").flags())
                .containsExactly("upfront-fees");
        assertThat(analyser.analyse("syarat buat paspor, umur saya 16 tahun").flags())
                .contains("underage-or-forged");
        assertThat(analyser.analyse("halo kak selamat pagi").flags()).isEmpty();
    }
}
