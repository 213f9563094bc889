package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Intent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the relevance model tells messages about working abroad from the rest, at one threshold:
 * the share of questions it keeps (a blocked question is not answered) and the share of off-topic
 * messages it blocks, overall and per language.
 *
 * @param threshold the probability from which a message counts as about working abroad
 * @param questionsKept share of {@code procedure_question} messages counted as relevant
 * @param relevantKept share of all domain messages counted as relevant
 * @param offTopicBlocked share of greetings and out-of-scope messages counted as not relevant
 * @param byLanguage language to {questions kept, off-topic blocked}
 */
record RelevanceReport(
        double threshold,
        double questionsKept,
        double relevantKept,
        double offTopicBlocked,
        Map<String, double[]> byLanguage) {

    static RelevanceReport of(List<CrossValidator.Scored> scored, double threshold) {
        Map<String, double[]> byLanguage = new TreeMap<>();
        scored.stream()
                .map(s -> s.message().language())
                .distinct()
                .forEach(
                        language -> {
                            List<CrossValidator.Scored> part =
                                    scored.stream()
                                            .filter(s -> s.message().language().equals(language))
                                            .toList();
                            byLanguage.put(
                                    language,
                                    new double[] {
                                        kept(part, threshold, true), blocked(part, threshold)
                                    });
                        });
        return new RelevanceReport(
                threshold,
                kept(scored, threshold, true),
                kept(scored, threshold, false),
                blocked(scored, threshold),
                byLanguage);
    }

    String toText() {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "relevance >= %.2f: questions kept %.3f, domain messages kept %.3f,"
                                        + " off-topic blocked %.3f%n",
                                threshold,
                                questionsKept,
                                relevantKept,
                                offTopicBlocked));
        byLanguage.forEach(
                (language, v) ->
                        out.append(
                                String.format(
                                        Locale.ROOT,
                                        "  %-4s questions kept %.3f, off-topic blocked %.3f%n",
                                        language,
                                        v[0],
                                        v[1])));
        return out.toString();
    }

    static boolean offTopic(String label) {
        return label.equals(Intent.GREETING.label()) || label.equals(Intent.OUT_OF_SCOPE.label());
    }

    /** Share of questions (or of all domain messages) at or above the threshold. */
    static double kept(List<CrossValidator.Scored> scored, double threshold, boolean questions) {
        int n = 0;
        int kept = 0;
        for (CrossValidator.Scored s : scored) {
            String label = s.message().label();
            boolean counted =
                    questions ? label.equals(Intent.PROCEDURE_QUESTION.label()) : !offTopic(label);
            if (counted) {
                n++;
                kept += s.scores().relevance() >= threshold ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) kept / n;
    }

    /** Share of greetings and out-of-scope messages below the threshold. */
    static double blocked(List<CrossValidator.Scored> scored, double threshold) {
        int n = 0;
        int blocked = 0;
        for (CrossValidator.Scored s : scored) {
            if (offTopic(s.message().label())) {
                n++;
                blocked += s.scores().relevance() < threshold ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) blocked / n;
    }
}
