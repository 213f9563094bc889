package id.migrasiaman.knowledge.live;

/** Escaping plain content text (titles, hotline names) for Telegram's HTML parse mode. */
final class Escape {

    private Escape() {}

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
