package id.migrasiaman.conversation.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits long HTML replies for Telegram's 4096-character limit: at a blank line if possible, else
 * at a line break, else at a space; never inside a tag, an entity or a surrogate pair. Tags open at
 * a cut are closed at the end of the part and opened again at the start of the next, so every part
 * is balanced on its own. Answers are written short, so this is a safety net.
 */
public final class HtmlSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private static final Pattern TOKEN =
            Pattern.compile("<(/?)([a-zA-Z][\\w-]*)[^<>]*>|&#?\\w{1,8};", Pattern.DOTALL);

    private HtmlSplitter() {}

    /** The parts of {@code html}, each at most {@code limit} UTF-16 units long. */
    public static List<String> split(String html, int limit) {
        String text = html == null || html.isEmpty() ? " " : html;
        if (text.length() <= limit) {
            return List.of(text);
        }
        return new Cutter(tokens(text), limit).parts();
    }

    /** A piece that is never cut: a tag, an entity, a code point. */
    private record Token(String text, String tag, boolean closing) {

        boolean isSpace() {
            return tag == null && text.isBlank();
        }
    }

    private static List<Token> tokens(String html) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(html);
        int i = 0;
        while (i < html.length()) {
            if (m.find(i) && m.start() == i) {
                boolean isTag = m.group(2) != null;
                tokens.add(
                        new Token(
                                m.group(),
                                isTag ? m.group(2).toLowerCase() : null,
                                isTag && !m.group(1).isEmpty()));
                i = m.end();
            } else {
                int end = i + Character.charCount(html.codePointAt(i));
                tokens.add(new Token(html.substring(i, end), null, false));
                i = end;
            }
        }
        return tokens;
    }

    /** Fills parts greedily; remembers the best place to cut in the current part. */
    private static final class Cutter {

        private final List<Token> tokens;
        private final int limit;
        private final List<String> parts = new ArrayList<>();

        Cutter(List<Token> tokens, int limit) {
            this.tokens = tokens;
            this.limit = limit;
        }

        /** A place to cut: after token {@code next - 1}, with the tags open there. */
        private record Cut(int next, int length, int rank, Deque<Token> open) {}

        List<String> parts() {
            Deque<Token> open = new ArrayDeque<>();
            int i = 0;
            while (i < tokens.size()) {
                while (i < tokens.size() && tokens.get(i).isSpace()) {
                    i++; // a part never starts with blanks: Telegram would drop them anyway
                }
                if (i == tokens.size()) {
                    break;
                }
                Cut cut = nextCut(i, open);
                parts.add(render(open, i, cut));
                open = cut.open();
                i = cut.next();
            }
            return parts.isEmpty() ? List.of(" ") : parts;
        }

        private Cut nextCut(int from, Deque<Token> open) {
            Deque<Token> stack = new ArrayDeque<>(open);
            int length = openingLength(stack);
            Cut best = null;
            int j = from;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                Deque<Token> after = apply(stack, t);
                if (length + t.text().length() + closingLength(after) > limit && j > from) {
                    break;
                }
                stack = after;
                length += t.text().length();
                j++;
                int rank = rank(j);
                if (rank > 0 && length > limit / 2 && (best == null || rank >= best.rank())) {
                    best = new Cut(j, length, rank, new ArrayDeque<>(stack));
                }
            }
            if (j == tokens.size() || best == null) {
                return new Cut(j, length, 0, stack);
            }
            return best;
        }

        /** 3 after a blank line, 2 after a line break, 1 after a space, 0 elsewhere. */
        private int rank(int next) {
            String t = tokens.get(next - 1).text();
            if (t.equals("\n")) {
                return next >= 2 && tokens.get(next - 2).text().equals("\n") ? 3 : 2;
            }
            return t.isBlank() && tokens.get(next - 1).tag() == null ? 1 : 0;
        }

        private String render(Deque<Token> open, int from, Cut cut) {
            StringBuilder part = new StringBuilder();
            open.descendingIterator().forEachRemaining(t -> part.append(t.text()));
            for (int k = from; k < cut.next(); k++) {
                part.append(tokens.get(k).text());
            }
            String body =
                    cut.next() < tokens.size() ? part.toString().stripTrailing() : part.toString();
            StringBuilder closed = new StringBuilder(body);
            cut.open().forEach(t -> closed.append("</").append(t.tag()).append('>'));
            return closed.toString();
        }

        private static Deque<Token> apply(Deque<Token> stack, Token t) {
            if (t.tag() == null) {
                return stack;
            }
            Deque<Token> next = new ArrayDeque<>(stack);
            if (!t.closing()) {
                next.push(t);
            } else if (!next.isEmpty() && next.peek().tag().equals(t.tag())) {
                next.pop();
            }
            return next;
        }

        private static int openingLength(Deque<Token> open) {
            return open.stream().mapToInt(t -> t.text().length()).sum();
        }

        private static int closingLength(Deque<Token> open) {
            return open.stream().mapToInt(t -> t.tag().length() + 3).sum();
        }
    }
}
