package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportQueue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * False alarms and missed emergencies on {@code safety/safety.tsv}: 60 ordinary messages that all
 * say tolong, bantu, help, darurat, SOS or urgent, and 60 real emergencies, written by a helper who
 * never saw the corpus or the code (see {@code safety/README.md}). Each message opens its own
 * conversation; an alarm is an URGENT report (the staff alarm follows it, see {@link
 * TwoTierAlarmIntegrationTests}). The set is for measuring only: never tune the lexicon on it.
 */
class SafetyEvalSetIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    record Line(boolean emergency, String lang, String text) {}

    record Outcome(Line line, boolean alarm, boolean hotlinesFirst) {}

    @Test
    void falseAlarmsAndMissedEmergenciesStayWithinTheMeasuredBounds() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        int n = 0;
        for (Line line : lines()) {
            String id = "eval-safety-" + (n++);
            List<Reply> replies = conversations.handle(IncomingMessage.ofText(id, id, line.text()));
            boolean alarm = queue.recentUrgent(id, Duration.ofHours(1)).isPresent();
            boolean hotlines = !replies.isEmpty() && replies.get(0).html().contains("Nomor");
            outcomes.add(new Outcome(line, alarm, hotlines));
        }
        print(outcomes);

        long falseAlarms =
                outcomes.stream().filter(o -> !o.line().emergency() && o.alarm()).count();
        long emergencies = outcomes.stream().filter(o -> o.line().emergency()).count();
        long alarmed = outcomes.stream().filter(o -> o.line().emergency() && o.alarm()).count();
        long hotlined =
                outcomes.stream().filter(o -> o.line().emergency() && o.hotlinesFirst()).count();
        // Measured once, on 2026-12-05, after the danger check was tuned on the corpus and the
        // authors' own examples only: 1/60 false alarms, 48/60 emergencies alarmed (the others got
        // the hotlines and the one-tap question, 3 not even that). The target is 0/60 and
        // 60/60: not met yet. These bounds keep it from getting worse; raise them as it improves,
        // never by tuning on this set.
        assertThat(falseAlarms)
                .as("ordinary messages that raised a staff alarm")
                .isLessThanOrEqualTo(2);
        assertThat(alarmed).as("emergencies that raised an alarm").isGreaterThanOrEqualTo(51);
        assertThat(hotlined)
                .as("emergencies answered with the hotlines first")
                .isGreaterThanOrEqualTo(59);
    }

    private static void print(List<Outcome> outcomes) {
        Map<String, long[]> byLang = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (String lang : List.of(o.line().lang(), "all")) {
                long[] c = byLang.computeIfAbsent(lang, k -> new long[5]);
                // true alarms, false alarms, missed emergencies, ordinary, emergencies hotlined
                if (o.line().emergency()) {
                    c[o.alarm() ? 0 : 2]++;
                    c[4] += o.hotlinesFirst() ? 1 : 0;
                } else {
                    c[1] += o.alarm() ? 1 : 0;
                    c[3]++;
                }
            }
        }
        StringBuilder out =
                new StringBuilder(
                        "\nsafety.tsv   alarms: precision recall | false alarms | missed | hotlines first\n");
        byLang.forEach(
                (lang, c) -> {
                    long alarms = c[0] + c[1];
                    long emergencies = c[0] + c[2];
                    out.append(
                            String.format(
                                    "%-4s  %.3f  %.3f | %d/%d | %d/%d | %d/%d%n",
                                    lang,
                                    alarms == 0 ? 1.0 : (double) c[0] / alarms,
                                    emergencies == 0 ? 1.0 : (double) c[0] / emergencies,
                                    c[1],
                                    c[3],
                                    c[2],
                                    emergencies,
                                    c[4],
                                    emergencies));
                });
        System.out.println(out);
    }

    private static List<Line> lines() throws Exception {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                SafetyEvalSetIntegrationTests.class.getResourceAsStream(
                                        "/safety/safety.tsv"),
                                StandardCharsets.UTF_8))) {
            String row;
            while ((row = in.readLine()) != null) {
                String[] cells = row.split("\t", 3);
                if (cells.length == 3 && !"label".equals(cells[0])) {
                    lines.add(new Line("emergency".equals(cells[0]), cells[1], cells[2]));
                }
            }
        }
        return lines;
    }
}
