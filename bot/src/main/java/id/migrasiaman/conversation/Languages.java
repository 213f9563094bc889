package id.migrasiaman.conversation;

import java.util.Locale;

/** The reply languages: Indonesian first, English on request. */
public final class Languages {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    private Languages() {}

    /** The reply language for a client language code: English only when the client says so. */
    public static String fromHint(String hint) {
        return hint != null && hint.toLowerCase(Locale.ROOT).startsWith("en")
                ? ENGLISH
                : INDONESIAN;
    }
}
