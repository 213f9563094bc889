package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.safety.DangerCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which texts after an urgent report carry facts, with the real intent model and danger check: the
 * everyday messages people sent after an alarm ("makasih kak", "ok", homework) are not facts, and
 * homework is an errand (the usual answer), not a text to offer for the report (round 24).
 */
class FollowUpsTests {

    private static final DangerCheck DANGER = new DangerCheck(new Normaliser());

    @Test
    void everydayTextsAreNotFactsAndFactsAre() {
        Map<String, FollowUps.Kind> expected =
                Map.ofEntries(
                        Map.entry("makasih kak", FollowUps.Kind.THANKS),
                        Map.entry("ok", FollowUps.Kind.SMALL_TALK),
                        Map.entry("oke siap kak 🙏", FollowUps.Kind.SMALL_TALK),
                        Map.entry("hehe", FollowUps.Kind.SMALL_TALK),
                        Map.entry("wkwkwk", FollowUps.Kind.SMALL_TALK),
                        Map.entry("selamat pagi kak", FollowUps.Kind.SMALL_TALK),
                        Map.entry("thank you so much", FollowUps.Kind.THANKS),
                        Map.entry("tolong kirim jawaban no 5 dong kak", FollowUps.Kind.ERRAND),
                        Map.entry("help me with my homework", FollowUps.Kind.ERRAND),
                        Map.entry("tolong ajar sa PR matematika", FollowUps.Kind.ERRAND),
                        Map.entry("adik sa minta tolong ajar PR matematika", FollowUps.Kind.ERRAND),
                        Map.entry("pokoknya cepat ya", FollowUps.Kind.UNCLEAR),
                        Map.entry("ya sudah begitu", FollowUps.Kind.UNCLEAR),
                        Map.entry("tolong cepat kak", FollowUps.Kind.FACT),
                        Map.entry("adik sa dikunci di kamar, tolong", FollowUps.Kind.FACT),
                        Map.entry("Berapa nomor KBRI di Malaysia?", FollowUps.Kind.QUESTION),
                        Map.entry("majikannya bernama Tan", FollowUps.Kind.FACT),
                        Map.entry("dia di Johor Bahru", FollowUps.Kind.FACT),
                        Map.entry("tadi malam jam 10", FollowUps.Kind.FACT),
                        Map.entry("sejak 12.30", FollowUps.Kind.FACT),
                        Map.entry("nomornya 081234567890", FollowUps.Kind.FACT),
                        Map.entry("Jl. Merdeka RT 03", FollowUps.Kind.FACT),
                        Map.entry("beta pung ade di Kupang", FollowUps.Kind.FACT),
                        Map.entry("saya takut", FollowUps.Kind.FACT));
        Map<String, FollowUps.Kind> found = new java.util.TreeMap<>();
        expected.keySet().forEach(text -> found.put(text, kind(text)));

        assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void aReplyToTheBotsOwnEmergencyMessageAnswersIt() {
        String text = "yang biru itu";
        Analysis analysis = EmergencyFixture.ANALYSER.analyse(text);

        assertThat(
                        FollowUps.of(
                                text,
                                analysis,
                                DANGER.assess(text, analysis, DangerCheck.Setting.FREE),
                                "Kode darurat: LPR-7K3Q-M2XA",
                                "LPR-7K3Q-M2XA"))
                .isEqualTo(FollowUps.Kind.FACT);
        assertThat(kind(text)).isEqualTo(FollowUps.Kind.UNCLEAR);
    }

    private static FollowUps.Kind kind(String text) {
        Analysis analysis = EmergencyFixture.ANALYSER.analyse(text);
        return FollowUps.of(
                text,
                analysis,
                DANGER.assess(text, analysis, DangerCheck.Setting.FREE),
                null,
                null);
    }
}
