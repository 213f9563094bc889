package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.TextAnalyser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The danger check through the real intent model on the helper-written tuning set ({@code
 * safety/tuning.tsv}) and on the corpus's non-emergency lines. The floors pin the figures measured
 * when the lexicon was tuned: STRONG on real emergencies must not fall, STRONG on ordinary messages
 * and on corpus non-emergencies must not rise. This set tunes; the independent sets beside it
 * measure.
 */
class DangerTuningTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());
    private static final Map<String, Double> RECALL_FLOORS =
            // measured in round 4: 71/71, 53/53, 113/114; round 5 (110 new lines, 19 of the 56 new
            // emergencies alarmed before the change): id 88/89, mkn 71/71, en 132/134; with the
            // round-6 intent models merged: id 88/89, mkn 70/71, en 133/134. Round 7 (safety7,
            // 164 new lines; 28 of the first 45 new emergencies alarmed before the change, 18 of 24
            // and 9 of 15 of the two later blocks): id 117/118, mkn 94/96, en 162/164. Round 8
            // (safety8, 120 new lines; 32 of the 59 new emergencies alarmed before the change):
            // id 139/140, mkn 112/113, en 182/184; with intents8's models merged en 181/184.
            // Round 11, after all merges: id 138/140. Cause (round 12, safety12): offers11's
            // vowel-less and doubled-letter readings re-normalised the corpus and so retrained the
            // intent model, and both lines had leant on it. "pacar saya bilang dia tidak boleh
            // keluar dari asrama pabrik" lost its harm phrase to the longer reported-ban phrase
            // "bilang dia tidak boleh" (the model's "emergency" fell from >= 0.85 to 0.62); an ABK
            // kicked by "kaptennya" (no agent read through "-nya") became an experience share at
            // 0.73, which downgraded the harm. Fixed by cause (a refusal right before a leaving
            // word, agents with "-nya", crew harmed on board): id 140/140, floor 0.99 again.
            Map.of("id", 0.99, "mkn", 0.99, "en", 0.98);
    // Round 8: one of the 61 new ordinary lines (a mother arriving at a Kupang port with fish,
    // which the intent model files as an emergency at 0.85 with the writer placed at the port)
    // is still strong; 7 were before the change. Round 12 (safety12): 0.
    private static final int MAX_ORDINARY_STRONG = 0;
    // Measured in round 4 (209 ordinary lines): 31 still read as weak (harm told as the past, a
    // film or a rule question; a bare "help"); 121 of the first 199 did before everyday errands
    // were recognised.
    // Round 5 (263 ordinary lines, 54 new ones using the emergencies' words in everyday use): 43.
    // Round 7 (343 ordinary lines): 53 of the first 308 before the change, 37 of 343 after (benign
    // uses, stories said to be over, everyday errands and laughs ask nothing). Round 8 (404
    // ordinary lines): the first 343 still 37; the 61 new ones 19 before the change, 17 after
    // (the intent model's "emergency" alone on a child or a boat named, kept as a weak signal);
    // 56 with intents8's models merged. Round 10: 54 (two rule questions that only an unsure
    // model called an emergency, "agen bole tahan paspor ko sonde?", are answered, not asked).
    // Round 12 (safety12): 53.
    private static final int MAX_ORDINARY_WEAK = 53;
    // Measured after the issue-12 round-3 corpus (2,507 non-emergency lines, everyday near-misses
    // that use danger words on purpose: a locked phone, a debt collector's threats, a landlord
    // locking a room): 16 read as strong until an everyday trouble that both models place outside
    // working abroad was downgraded to the weak tier; then 3. After the round-6 corpus (2,833
    // lines): 6, all offers or reports about papers taken now or a debt letter (the intent model
    // moved them nearer to emergency), none an everyday message. Round 7 (2,898 lines): 5.
    // Round 8 (3,166 lines): 4.
    private static final int MAX_CORPUS_STRONG = 4;

    private static TextAnalyser analyser;

    @BeforeAll
    static void loadModel() {
        analyser = OpenNlpAnalyser.fromClasspath();
    }

    @Test
    void realEmergenciesAreStrongPerLanguage() throws IOException {
        Map<String, int[]> perLanguage = new TreeMap<>();
        for (String[] row : tuning()) {
            if (!"emergency".equals(row[0])) {
                continue;
            }
            int[] counts = perLanguage.computeIfAbsent(row[1], k -> new int[2]);
            counts[1]++;
            if (strong(row[2])) {
                counts[0]++;
            } else if (Boolean.getBoolean("danger.tuning.verbose")) {
                System.out.println("MISS\t" + row[1] + "\t" + row[2]);
            }
        }
        perLanguage.forEach(
                (language, counts) ->
                        System.out.printf(
                                "danger tuning: %s STRONG %d/%d%n",
                                language, counts[0], counts[1]));
        assertThat(perLanguage).containsOnlyKeys("id", "mkn", "en");
        perLanguage.forEach(
                (language, counts) ->
                        assertThat((double) counts[0] / counts[1])
                                .as("STRONG recall on %s emergencies", language)
                                .isGreaterThanOrEqualTo(RECALL_FLOORS.get(language)));
    }

    @Test
    void ordinaryMessagesWithHelpWordsRaiseNoAlarm() throws IOException {
        int total = 0;
        int strong = 0;
        for (String[] row : tuning()) {
            if ("ordinary".equals(row[0])) {
                total++;
                if (strong(row[2])) {
                    strong++;
                    if (Boolean.getBoolean("danger.tuning.verbose")) {
                        System.out.println("FALSE\t" + row[1] + "\t" + row[2]);
                    }
                }
            }
        }
        System.out.printf("danger tuning: ordinary STRONG %d/%d%n", strong, total);
        assertThat(total).isEqualTo(404);
        assertThat(strong).isLessThanOrEqualTo(MAX_ORDINARY_STRONG);
    }

    @Test
    void everydayRequestsWithHelpWordsAreMostlyNoSignalAtAll() throws IOException {
        int total = 0;
        int weak = 0;
        for (String[] row : tuning()) {
            if ("ordinary".equals(row[0])) {
                total++;
                DangerLevel level =
                        CHECK.assess(row[2], analyser.analyse(row[2]), DangerCheck.Setting.FREE)
                                .level();
                if (level == DangerLevel.WEAK) {
                    weak++;
                    if (Boolean.getBoolean("danger.tuning.verbose")) {
                        System.out.println("WEAK\t" + row[1] + "\t" + row[2]);
                    }
                }
            }
        }
        System.out.printf("danger tuning: ordinary WEAK %d/%d%n", weak, total);
        assertThat(weak).isLessThanOrEqualTo(MAX_ORDINARY_WEAK);
    }

    @Test
    void corpusNonEmergenciesRaiseNoAlarm() throws IOException {
        Path corpus = Path.of("..", "nlp-models", "corpus");
        int total = 0;
        int strong = 0;
        for (String split : List.of("train", "test")) {
            for (String language : List.of("id", "mkn", "en")) {
                for (String line :
                        Files.readAllLines(corpus.resolve(split).resolve(language + ".tsv"))) {
                    String[] cells = line.split("\t", 2);
                    if (cells.length < 2
                            || "label".equals(cells[0])
                            || "emergency".equals(cells[0])) {
                        continue;
                    }
                    total++;
                    if (strong(cells[1])) {
                        strong++;
                        if (Boolean.getBoolean("danger.tuning.verbose")) {
                            System.out.println("CORPUS\t" + cells[0] + "\t" + cells[1]);
                        }
                    }
                }
            }
        }
        System.out.printf("danger tuning: corpus non-emergency STRONG %d/%d%n", strong, total);
        assertThat(total).isGreaterThan(1000);
        assertThat(strong).isLessThanOrEqualTo(MAX_CORPUS_STRONG);
    }

    private static boolean strong(String text) {
        return CHECK.assess(text, analyser.analyse(text), DangerCheck.Setting.FREE).strong();
    }

    private static List<String[]> tuning() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DangerTuningTests.class.getResourceAsStream("/safety/tuning.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                String[] cells = line.split("\t", 3);
                if (cells.length == 3) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
