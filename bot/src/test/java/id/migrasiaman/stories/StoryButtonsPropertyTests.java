package id.migrasiaman.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.StoryState;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random, mutated and forged button data thrown at the story flow through {@code
 * ConversationService}: never an exception, never a country or route it did not offer.
 */
class StoryButtonsPropertyTests {

    private static final List<String> OFFERED = offered();

    @Property(tries = 150)
    void forgedButtonDataNeverThrowsNorStoresAForgedChoice(
            @ForAll("presses") List<String> presses) {
        ConversationFixture chat = new ConversationFixture();
        StoryStore store = mock(StoryStore.class);
        StoryPages pages = new StoryPages(store, chat.texts, chat.menus);
        chat.with(
                new StoryFlow(store, pages, chat.menus, new OwnStories(store, pages, chat.menus)));
        chat.press("s", "s:start");
        for (String data : presses) {
            assertThatCode(() -> chat.press("s", data)).doesNotThrowAnyException();
            chat.states.stored("s").ifPresent(StoryButtonsPropertyTests::onlyOffered);
        }
    }

    private static void onlyOffered(ConversationState state) {
        if (!(state.active() instanceof StoryState story)) {
            return;
        }
        String country = story.country();
        if (!country.isEmpty()) {
            assertThat(
                            Destination.in(Destination.STORY, country)
                                    || StoryPages.OTHER_COUNTRY.equals(country))
                    .as(country)
                    .isTrue();
        }
        String route = story.route();
        if (!route.isEmpty()) {
            assertThat(StoryPages.ROUTES).contains(route);
        }
    }

    @Provide
    Arbitrary<List<String>> presses() {
        Arbitrary<String> offered = Arbitraries.of(OFFERED);
        Arbitrary<String> mutated =
                Combinators.combine(
                                offered,
                                Arbitraries.strings().ofMaxLength(4),
                                Arbitraries.integers().between(0, 2))
                        .as(
                                (data, noise, how) ->
                                        switch (how) {
                                            case 0 -> data + noise;
                                            case 1 -> noise + data;
                                            default -> data.substring(0, data.length() / 2);
                                        });
        Arbitrary<String> forged =
                Arbitraries.of(
                        "s:c:ZZ",
                        "s:c:my",
                        "s:c:",
                        "s:r:SAFE",
                        "s:read:-1",
                        "s:read:99999999",
                        "s:pub:maybe",
                        "s:");
        return Arbitraries.frequencyOf(
                        Tuple.of(4, offered),
                        Tuple.of(2, Arbitraries.strings().ofMaxLength(70).map(s -> "s:" + s)),
                        Tuple.of(3, mutated),
                        Tuple.of(3, forged))
                .list()
                .ofMaxSize(20);
    }

    private static List<String> offered() {
        List<String> all = new ArrayList<>();
        List.of("intro", "start", "done", "skip", "cancel", "read:0", "read:1")
                .forEach(v -> all.add("s:" + v));
        Destination.STORY.forEach(d -> all.add("s:c:" + d.name()));
        all.add("s:c:" + StoryPages.OTHER_COUNTRY);
        StoryPages.ROUTES.forEach(r -> all.add("s:r:" + r));
        return List.copyOf(all);
    }
}
