package id.migrasiaman.stories;

import id.migrasiaman.conversation.choices.Destination;
import java.util.Optional;

/** A press of a story button ({@code s:...}), parsed once from the button's data. */
sealed interface StoryPress {

    /** The buttons without a value; {@link #OPEN} is the main menu's "share experience". */
    enum Plain implements StoryPress {
        OPEN(""),
        INTRO("intro"),
        START("start"),
        DONE("done"),
        SKIP("skip"),
        CANCEL("cancel");

        final String data;

        Plain(String data) {
            this.data = data;
        }
    }

    /** Read the published story at {@code index} (newest first). */
    record Read(int index) implements StoryPress {}

    /** Where the person worked: a destination code or "another country". */
    record Country(String code) implements StoryPress {}

    /** How the person left: one of {@link StoryPages#ROUTES}. */
    record Route(String how) implements StoryPress {}

    /** Consent: publish after moderation, or keep private. */
    record Publish(boolean publish) implements StoryPress {}

    /** The teller withdraws consent to show her story {@code id}: staff only from now on. */
    record Withdraw(String id) implements StoryPress {}

    /** The teller deletes her story {@code id}. */
    record Erase(String id) implements StoryPress {}

    static Optional<StoryPress> parse(String value) {
        if (value.matches("(wd|del):[0-9a-f]{24}")) {
            String id = value.substring(value.indexOf(':') + 1);
            return Optional.of(value.startsWith("wd:") ? new Withdraw(id) : new Erase(id));
        }
        for (Plain plain : Plain.values()) {
            if (plain.data.equals(value)) {
                return Optional.of(plain);
            }
        }
        if (value.matches("read:[0-9]{1,6}")) {
            return Optional.of(new Read(Integer.parseInt(value.substring("read:".length()))));
        }
        if (value.equals("pub:yes") || value.equals("pub:no")) {
            return Optional.of(new Publish(value.equals("pub:yes")));
        }
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String arg = colon < 0 ? "" : value.substring(colon + 1);
        if (kind.equals("c")
                && (Destination.in(Destination.STORY, arg)
                        || StoryPages.OTHER_COUNTRY.equals(arg))) {
            return Optional.of(new Country(arg));
        }
        if (kind.equals("r") && StoryPages.ROUTES.contains(arg)) {
            return Optional.of(new Route(arg));
        }
        return Optional.empty();
    }
}
