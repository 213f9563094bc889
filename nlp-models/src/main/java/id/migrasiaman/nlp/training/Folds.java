package id.migrasiaman.nlp.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Deterministic stratified folds for cross-validation. */
public final class Folds {

    private Folds() {}

    /**
     * Shuffles with a fixed seed, sorts by group, and deals each group round-robin into {@code k}
     * folds, so every fold has its share of every group.
     */
    public static <T> List<List<T>> of(List<T> items, int k, Function<T, String> group) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(Training.SEED));
        shuffled.sort(Comparator.comparing(group));
        List<List<T>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        Map<String, Integer> dealt = new HashMap<>();
        for (T item : shuffled) {
            int n = dealt.merge(group.apply(item), 1, Integer::sum);
            folds.get(n % k).add(item);
        }
        return folds;
    }

    /** Every fold but {@code skip}, concatenated. */
    public static <T> List<T> rest(List<List<T>> folds, int skip) {
        List<T> rest = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            if (i != skip) {
                rest.addAll(folds.get(i));
            }
        }
        return rest;
    }
}
