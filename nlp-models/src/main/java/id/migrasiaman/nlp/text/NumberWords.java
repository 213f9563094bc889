package id.migrasiaman.nlp.text;

import java.util.Map;

/**
 * Numbers written as Indonesian or Kupang Malay words ("dua", "lima belas", "tiga ratus",
 * "setengah"), as voice typing and chat write amounts. Values are in {@link #SCALE}ths so that
 * "setengah" (a half) stays whole.
 */
final class NumberWords {

    /** Values are multiplied by this, so a half is 5. */
    static final long SCALE = 10;

    private static final Map<String, Long> DIGITS =
            Map.ofEntries(
                    Map.entry("satu", 1L),
                    Map.entry("dua", 2L),
                    Map.entry("tiga", 3L),
                    Map.entry("empat", 4L),
                    Map.entry("ampat", 4L),
                    Map.entry("lima", 5L),
                    Map.entry("enam", 6L),
                    Map.entry("anam", 6L),
                    Map.entry("tujuh", 7L),
                    Map.entry("tuju", 7L),
                    Map.entry("delapan", 8L),
                    Map.entry("dlapan", 8L),
                    Map.entry("delapang", 8L),
                    Map.entry("sembilan", 9L),
                    Map.entry("sambilan", 9L),
                    Map.entry("sepuluh", 10L),
                    Map.entry("sapulu", 10L),
                    Map.entry("sepulu", 10L),
                    Map.entry("sebelas", 11L),
                    Map.entry("seratus", 100L),
                    Map.entry("saratus", 100L));

    /**
     * The number words, as regular-expression alternatives (longest first where one prefixes
     * another).
     */
    static final String ALTERNATIVES =
            "setengah|stengah|satu|dua|tiga|empat|ampat|lima|enam|anam|tujuh|tuju|delapang|delapan"
                    + "|dlapan|sembilan|sambilan|sepuluh|sepulu|sapulu|sebelas|seratus|saratus"
                    + "|belas|blas|puluh|pulu|ratus";

    private NumberWords() {}

    /** The value of a run of number words, times {@link #SCALE}; 0 when it makes no number. */
    static long value(String words) {
        long total = 0;
        long current = 0;
        for (String word : words.trim().split("\\s+")) {
            switch (word) {
                case "setengah", "stengah" -> current += SCALE / 2;
                case "belas", "blas" -> current = (current == 0 ? SCALE : current) + 10 * SCALE;
                case "puluh", "pulu" -> current = (current == 0 ? SCALE : current) * 10;
                case "ratus" -> {
                    total += (current == 0 ? SCALE : current) * 100;
                    current = 0;
                }
                default -> {
                    Long digit = DIGITS.get(word);
                    if (digit == null) {
                        return 0;
                    }
                    current += digit * SCALE;
                }
            }
        }
        return total + current;
    }
}
