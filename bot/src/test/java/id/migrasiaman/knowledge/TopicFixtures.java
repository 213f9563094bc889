package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import java.util.List;

/** Small, realistic topics built in memory for retrieval and answer tests. */
public final class TopicFixtures {

    private TopicFixtures() {}

    static Topic topic(
            String id, String title, List<String> indonesian, List<String> english, String answer) {
        return new Topic(
                "topics/" + id + ".yml",
                id,
                new Localized(title, title),
                new Phrasings(indonesian, List.of(), english),
                new Localized(answer, answer),
                Localized.NONE,
                List.of(
                        new Source(
                                "Sumber", "Penerbit", "https://example.org/" + id, "2025-01-01")),
                "2026-11-28",
                List.of(),
                Localized.NONE,
                "");
    }

    public static List<Topic> three() {
        return List.of(
                topic(
                        "passport",
                        "Membuat paspor",
                        List.of(
                                "Bagaimana cara membuat paspor untuk kerja?",
                                "bikin paspor di kantor imigrasi mana",
                                "syarat paspor pekerja migran apa saja",
                                "berapa lama paspor jadi"),
                        List.of("How do I get a passport?", "Where is the immigration office?"),
                        "Paspor dibuat di kantor imigrasi dengan rekomendasi Disnaker."),
                topic(
                        "costs",
                        "Biaya penempatan",
                        List.of(
                                "berapa biaya jadi PMI",
                                "agen minta uang di depan, boleh?",
                                "gaji dipotong untuk biaya penempatan",
                                "apakah pendaftaran PMI gratis"),
                        List.of("How much does it cost?", "The agent wants a fee up front"),
                        "PMI tidak boleh dibebani biaya penempatan."),
                topic(
                        "family-consent",
                        "Izin keluarga",
                        List.of(
                                "surat izin keluarga diurus di mana",
                                "suami harus tanda tangan izin?",
                                "orang tua tidak kasih izin kerja ke luar negeri",
                                "izin keluarga diketahui kepala desa"),
                        List.of("Does my husband have to sign?", "family permission letter"),
                        "Surat izin dari suami, istri, orang tua atau wali, diketahui kepala desa."));
    }
}
