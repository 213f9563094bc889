package id.migrasiaman.nlp.model;

import java.util.Arrays;
import java.util.Collection;

/**
 * The features some models know, numbered 0, 1, 2…: an open-addressing hash table over the feature
 * strings, with their hashes kept beside them so that a miss rarely touches a string. Built once at
 * load, then read-only and thread-safe. It replaces a {@code HashMap} look-up per feature and model
 * in the analyser's hot loop.
 */
final class FeatureIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;
    private int size;

    /** An index of {@code features}, numbered in their iteration order, duplicates once. */
    FeatureIndex(Collection<String> features) {
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2) - 1) << 1;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(ids, -1);
        features.forEach(this::add);
    }

    /** How many features it numbers. */
    int size() {
        return size;
    }

    /** The number of {@code feature}, -1 when no model knows it. */
    int id(String feature) {
        int h = spread(feature.hashCode());
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[slot] == h && keys[slot].equals(feature)) {
                return id;
            }
        }
    }

    private void add(String feature) {
        int h = spread(feature.hashCode());
        int slot = h & mask;
        while (ids[slot] >= 0) {
            if (hashes[slot] == h && keys[slot].equals(feature)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = feature;
        hashes[slot] = h;
        ids[slot] = size++;
    }

    /** Mixes the high bits of {@code String.hashCode} into the low bits that pick the slot. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
