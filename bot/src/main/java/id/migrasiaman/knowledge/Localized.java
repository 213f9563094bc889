package id.migrasiaman.knowledge;

/**
 * A text in Indonesian and English. Kupang Malay speakers read the Indonesian text.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record Localized(String id, String en) {

    public static final Localized NONE = new Localized("", "");

    public Localized {
        id = id == null ? "" : id.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text for a language code: English for {@code en}, Indonesian for anything else. */
    public String in(String language) {
        return "en".equals(language) ? en : id;
    }

    public boolean isEmpty() {
        return id.isEmpty() && en.isEmpty();
    }
}
