package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.model.OfferFlags;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall per red flag over cross-validated scores, and how many clean messages (no
 * gold flag) stay unflagged: offers of the flag corpus and chat of the intent corpus apart.
 */
final class FlagReport {

    private final Map<String, int[]> counts; // id -> {tp, fp, fn}
    private int cleanOffers;
    private int cleanOffersUnflagged;
    private int chat;
    private int chatUnflagged;
    private int flagged;
    private int flaggedAllFound;

    private FlagReport(Map<String, int[]> counts) {
        this.counts = counts;
    }

    static FlagReport of(
            List<FlagCrossValidator.Scored> scored,
            List<String> ids,
            Map<String, Double> thresholds) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.put(id, new int[3]));
        FlagReport r = new FlagReport(counts);
        OfferFlags decider = new OfferFlags(thresholds);
        for (FlagCrossValidator.Scored s : scored) {
            Set<String> predicted = new HashSet<>(decider.decide(s.probabilities(), s.facts()));
            Set<String> gold = s.message().flags();
            for (String id : ids) {
                int[] c = counts.get(id);
                boolean g = gold.contains(id);
                boolean p = predicted.contains(id);
                c[0] += g && p ? 1 : 0;
                c[1] += !g && p ? 1 : 0;
                c[2] += g && !p ? 1 : 0;
            }
            boolean isChat = s.message().language().endsWith("-chat");
            if (gold.isEmpty() && isChat) {
                r.chat++;
                r.chatUnflagged += predicted.isEmpty() ? 1 : 0;
            } else if (gold.isEmpty()) {
                r.cleanOffers++;
                r.cleanOffersUnflagged += predicted.isEmpty() ? 1 : 0;
            } else {
                r.flagged++;
                r.flaggedAllFound += predicted.containsAll(gold) ? 1 : 0;
            }
        }
        return r;
    }

    double f1(String id) {
        return fBeta(id, 1);
    }

    /** F-beta of one flag: beta 2 weighs recall twice as much as precision. */
    double fBeta(String id, double beta) {
        int[] c = counts.get(id);
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    String toText() {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-26s %9s %9s %9s %5s%n",
                        "flag",
                        "precision",
                        "recall",
                        "f1",
                        "n"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-26s %9.3f %9.3f %9.3f %5d%n",
                            e.getKey(),
                            c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]),
                            c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]),
                            f1(e.getKey()),
                            c[0] + c[2]));
        }
        out.append(
                String.format(
                        Locale.ROOT,
                        "all flags: precision %.3f recall %.3f; offers with every flag found %d/%d;"
                                + " clean offers unflagged %d/%d; chat unflagged %d/%d%n",
                        tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                        tp + fn == 0 ? 0 : (double) tp / (tp + fn),
                        flaggedAllFound,
                        flagged,
                        cleanOffersUnflagged,
                        cleanOffers,
                        chatUnflagged,
                        chat));
        return out.toString();
    }

    static void printErrors(
            List<FlagCrossValidator.Scored> scored, Map<String, Double> thresholds) {
        OfferFlags decider = new OfferFlags(thresholds);
        for (FlagCrossValidator.Scored s : scored) {
            Set<String> predicted = new HashSet<>(decider.decide(s.probabilities(), s.facts()));
            if (!predicted.equals(s.message().flags())) {
                System.err.println(
                        s.message().flags() + "\t" + predicted + "\t" + s.message().text());
            }
        }
    }
}
