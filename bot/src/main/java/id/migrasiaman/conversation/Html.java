package id.migrasiaman.conversation;

import id.migrasiaman.conversation.html.TelegramHtml;

/**
 * Escaping for Telegram's HTML parse mode, which accepts only {@code &lt; &gt; &amp; &quot;}: the
 * one way text enters a reply. The rest of the reply-HTML family (allowed tags, validation,
 * splitting) is in {@code conversation.html}.
 */
public final class Html {

    private Html() {}

    /** Escapes user text so it can be placed inside a reply. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Removes tags and decodes entities, for plain-text channels such as the CLI (the same parser
     * that checks replies against Telegram's rules, {@link TelegramHtml}).
     */
    public static String toPlainText(String html) {
        return TelegramHtml.plainText(html);
    }
}
