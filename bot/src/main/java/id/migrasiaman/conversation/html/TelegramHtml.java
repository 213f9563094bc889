package id.migrasiaman.conversation.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text against Telegram's HTML parse mode, which rejects the whole message on an unknown
 * tag, an unbalanced tag or a stray {@code <}, {@code >} or {@code &}. Also renders the plain text
 * whose length Telegram limits.
 */
public final class TelegramHtml {

    /** Allowed tags and the attribute text each accepts ({@code ""} for none). */
    private static final Map<String, Pattern> TAGS =
            Map.ofEntries(
                    Map.entry("b", none()),
                    Map.entry("strong", none()),
                    Map.entry("i", none()),
                    Map.entry("em", none()),
                    Map.entry("u", none()),
                    Map.entry("ins", none()),
                    Map.entry("s", none()),
                    Map.entry("strike", none()),
                    Map.entry("del", none()),
                    Map.entry("a", Pattern.compile("href=(\"[^\"<>]+\"|'[^'<>]+')")),
                    Map.entry("code", Pattern.compile("(class=\"language-[\\w+-]+\")?")),
                    Map.entry("pre", none()),
                    Map.entry("blockquote", Pattern.compile("(expandable)?")),
                    Map.entry("tg-spoiler", none()),
                    Map.entry("span", Pattern.compile("class=\"tg-spoiler\"")));

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w-]*)\\s*([^<>]*?)\\s*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {}

    /** What is wrong with {@code html}, e.g. {@code tag <p> is not allowed}; empty when valid. */
    public static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, open, problems);
            } else {
                if (c == '&' && !isEntity(html, i)) {
                    problems.add(at(html, i) + "'&' must be written as &amp; or start an entity");
                } else if (c == '>') {
                    problems.add(at(html, i) + "'>' must be written as &gt;");
                }
                i++;
            }
        }
        open.forEach(name -> problems.add("<" + name + "> is never closed"));
        return problems;
    }

    private static boolean isEntity(String html, int index) {
        Matcher m = ENTITY.matcher(html).region(index, html.length());
        return m.lookingAt()
                && (!m.group(1).startsWith("#")
                        || Character.isValidCodePoint(codePoint(m.group(1))));
    }

    private static int tag(String html, int start, Deque<String> open, List<String> problems) {
        Matcher m = TAG.matcher(html).region(start, html.length());
        if (!m.lookingAt()) {
            problems.add(at(html, start) + "'<' must be written as &lt; or start a tag");
            return start + 1;
        }
        String name = m.group(2).toLowerCase();
        if (!TAGS.containsKey(name)) {
            problems.add("tag <" + name + "> is not allowed in Telegram HTML");
        } else if (m.group(1).isEmpty()) {
            if (!TAGS.get(name).matcher(m.group(3)).matches()) {
                problems.add("tag <" + name + "> has wrong attributes '" + m.group(3) + "'");
            }
            open.push(name);
        } else if (open.isEmpty() || !open.peek().equals(name)) {
            problems.add(
                    "closing </"
                            + name
                            + "> does not match "
                            + (open.isEmpty() ? "any open tag" : "the open <" + open.peek() + ">"));
        } else {
            open.pop();
        }
        return m.end();
    }

    /** The text Telegram shows: tags removed, entities decoded. */
    public static String plainText(String html) {
        String text = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The {@code href} targets of the links in {@code html}. */
    public static List<String> hrefs(String html) {
        Matcher m = Pattern.compile("<a\\s+href=[\"']([^\"']+)[\"']").matcher(html);
        List<String> hrefs = new ArrayList<>();
        while (m.find()) {
            hrefs.add(m.group(1).replace("&amp;", "&"));
        }
        return hrefs;
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> {
                int code = codePoint(entity);
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
            }
        };
    }

    private static int codePoint(String numericEntity) {
        return numericEntity.startsWith("#x")
                ? Integer.parseInt(numericEntity.substring(2), 16)
                : Integer.parseInt(numericEntity.substring(1));
    }

    private static String at(String html, int index) {
        int from = Math.max(0, index - 15);
        String near = html.substring(from, Math.min(html.length(), index + 15)).replace('\n', ' ');
        return "near \"" + near + "\": ";
    }

    private static Pattern none() {
        return Pattern.compile("");
    }
}
