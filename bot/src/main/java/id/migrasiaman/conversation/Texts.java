package id.migrasiaman.conversation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-visible strings from {@code messages*.properties}: Indonesian by default, English. */
@Component
public class Texts {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text for {@code key} in {@code language} ({@code en}, otherwise Indonesian). */
    public String get(String language, String key, Object... args) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : INDONESIAN;
        return messages.getMessage(key, args, locale);
    }
}
