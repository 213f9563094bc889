package id.migrasiaman.reports.chat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Typed access to the report answers kept in the conversation state. */
public final class ReportData {

    static final String NONCE = "nonce";
    public static final String WHAT = "what";
    static final String WHO = "who";
    static final String KECAMATAN = "kecamatan";
    static final String VILLAGE = "village";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String WHEN = "when";
    static final String ROUTE = "route";
    static final String VICTIMS = "victims";
    static final String MINORS = "minors";
    static final String PEOPLE = "people";
    public static final String EVIDENCE = "evidence";
    static final String CONTACT = "contact";
    static final String PHONES = "phones";
    static final String DESTINATIONS = "destinations";
    static final String TRANSITS = "transits";
    private static final String EDITING = "editing";
    private static final int MAX_TEXT = 3000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> values;

    ReportData(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    static String newNonce() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    void put(String key, String value) {
        values.put(key, value);
    }

    /** Adds a line of free text to {@code key}, keeping it bounded. */
    public void appendText(String key, String text) {
        String joined = get(key).isEmpty() ? text.strip() : get(key) + "\n" + text.strip();
        values.put(key, joined.length() > MAX_TEXT ? joined.substring(0, MAX_TEXT) : joined);
    }

    /** Comma-separated list values (phones, evidence ids). */
    public List<String> list(String key) {
        String raw = get(key);
        return raw.isBlank()
                ? List.of()
                : Arrays.stream(raw.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public void addToList(String key, String item) {
        List<String> items = new ArrayList<>(list(key));
        if (!items.contains(item)) {
            items.add(item);
        }
        values.put(key, String.join(",", items));
    }

    boolean editing() {
        return "true".equals(values.get(EDITING));
    }

    void setEditing(boolean editing) {
        if (editing) {
            values.put(EDITING, "true");
        } else {
            values.remove(EDITING);
        }
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }
}
