package id.migrasiaman.knowledge.lint;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.Source;
import id.migrasiaman.knowledge.content.Digits;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the phone numbers and web addresses a user-visible text mentions, so the lint can require
 * each number to be a listed hotline and each address to be one of the topic's sources.
 */
final class AnswerReferences {

    /** Seven or more digits, optionally grouped by single spaces or dashes: a phone number. */
    private static final Pattern LONG_NUMBER =
            Pattern.compile("(?<![\\w.,/+-])\\+?\\d(?:[ -]?\\d){6,}(?![\\w/])");

    /** A short number right after a word that introduces one, e.g. {@code SMS 1708}; not a year. */
    private static final Pattern SHORT_NUMBER =
            Pattern.compile(
                    "(?iu)\\b(?:telepon|telpon|telp|tel|hubungi|call|sms|whatsapp|wa|hotline"
                            + "|dial|phone|sapa|polisi|police|lapor!?)[ :]{1,2}"
                            + "(?!(?:19|20)\\d\\d\\b)(\\+?\\d(?:[ -]?\\d){2,})");

    private static final Pattern URL =
            Pattern.compile(
                    "(?iu)(?<![@\\w.-])(?:https?://)?(?:[a-z0-9-]+\\.)+"
                            + "(?:go\\.id|co\\.id|or\\.id|ac\\.id|web\\.id|com|org|net|int|info|gov|[a-z]{2})"
                            + "(?![\\w-])(?:/[^\\s<>\"]*)?");

    private AnswerReferences() {}

    /** The phone-like numbers in the plain text of {@code html}, as written. */
    static List<String> phoneNumbers(String html) {
        String text = TelegramHtml.plainText(html);
        List<String> numbers = new ArrayList<>(matches(LONG_NUMBER, text, 0));
        for (String shortNumber : matches(SHORT_NUMBER, text, 1)) {
            if (numbers.stream().noneMatch(n -> n.contains(shortNumber))) {
                numbers.add(shortNumber);
            }
        }
        return numbers;
    }

    /** The numbers in {@code html} whose digits match none of {@code hotlineDigits}. */
    static List<String> unknownNumbers(String html, Set<String> hotlineDigits) {
        return phoneNumbers(html).stream()
                .filter(n -> !hotlineDigits.contains(Digits.of(n)))
                .toList();
    }

    /** The addresses in {@code html} (links and plain text) that are not among {@code sources}. */
    static List<String> unknownUrls(String html, List<Source> sources) {
        Set<String> known =
                sources.stream().map(s -> normalise(s.url())).collect(Collectors.toSet());
        Set<String> hosts = known.stream().map(u -> u.split("/", 2)[0]).collect(Collectors.toSet());
        List<String> urls = new ArrayList<>(TelegramHtml.hrefs(html));
        matches(URL, TelegramHtml.plainText(html), 0).stream()
                .map(u -> u.replaceAll("[.,;:!?)]+$", ""))
                .forEach(urls::add);
        return urls.stream().distinct().filter(u -> !isKnown(u, known, hosts)).toList();
    }

    private static boolean isKnown(String url, Set<String> known, Set<String> hosts) {
        String normal = normalise(url);
        if (known.contains(normal)) {
            return true;
        }
        // A bare site name ("lapor.go.id") cites the site, so any source on that site covers it.
        return !normal.contains("/")
                && hosts.stream().anyMatch(h -> h.equals(normal) || h.endsWith("." + normal));
    }

    /** Scheme, {@code www.} and a trailing slash removed, host lower-cased. */
    static String normalise(String url) {
        String rest =
                url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : rest.substring(slash);
        return (host + path).replaceAll("/+$", "");
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(group).strip());
        }
        return found;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
