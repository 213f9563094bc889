package id.migrasiaman.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a console password must be: at least {@value #MIN_LENGTH} characters, not one of the common
 * passwords of {@code console/common-passwords.txt} (also not one of its words repeated, wrapped in
 * digits and symbols, or spelled with look-alike digits), not made of digits and symbols only, and
 * not containing the user name.
 */
final class PasswordRule {

    static final int MIN_LENGTH = 12;
    static final String LIST = "/console/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordRule() {}

    /**
     * @throws IllegalArgumentException with a message for the staff member, when the password is
     *     refused
     */
    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("Kata sandi minimal " + MIN_LENGTH + " karakter.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            throw new IllegalArgumentException("Kata sandi tidak boleh memuat nama pengguna.");
        }
        if (common(lower)) {
            throw new IllegalArgumentException(
                    "Kata sandi ini terlalu mudah ditebak: pakai beberapa kata yang tidak"
                            + " berhubungan, mis. 'jagung merah lari pagi'.");
        }
    }

    static boolean common(String lower) {
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
            return true;
        }
        String core = core(lower);
        return core.isEmpty() || COMMON.stream().anyMatch(w -> repeats(core, w));
    }

    /** The letters between leading and trailing digits/symbols, look-alike digits read back. */
    private static String core(String lower) {
        String trimmed = lower.replaceAll("^[^a-z@$]+|[^a-z]+$", "");
        String read =
                trimmed.replace('0', 'o')
                        .replace('1', 'i')
                        .replace('3', 'e')
                        .replace('4', 'a')
                        .replace('5', 's')
                        .replace('7', 't')
                        .replace('@', 'a')
                        .replace('$', 's');
        return read.replaceAll("[^a-z]", "");
    }

    private static boolean repeats(String core, String word) {
        return !word.isEmpty() && core.replace(word, "").isEmpty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRule.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
