package id.migrasiaman.route;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the guide where the person's own words put it: the country (and kind of work) they named is
 * chosen for them, and the guide says so, with the minimum age when they gave theirs (FACTS 1.2).
 * "🔄 Ganti negara/pekerjaan" stays on every screen for when we read them wrong.
 */
final class WishStart {

    /** The minimum age for working abroad (UU 18/2017 Pasal 5, FACTS 1.2). */
    static final int MINIMUM_AGE = 18;

    private final RouteGuide guide;
    private final RouteBook book;
    private final Texts texts;

    WishStart(RouteGuide guide, RouteBook book, Texts texts) {
        this.guide = guide;
        this.book = book;
        this.texts = texts;
    }

    /** The guide's first screens for {@code wish}, or empty when it names nothing we can use. */
    Optional<List<Reply>> start(String lang, RouteProgress progress, RouteWish wish) {
        Optional<RouteBook.Country> country =
                wish.country() == null ? Optional.empty() : book.country(wish.country());
        List<String> said = new ArrayList<>();
        List<Reply> screens = new ArrayList<>();
        if (country.isPresent()) {
            said.add(country.get().name().in(lang));
            boolean work =
                    wish.work() != null
                            && country.get().open()
                            && book.offers(country.get().id(), wish.work());
            if (work) {
                book.work(wish.work()).ifPresent(w -> said.add(w.name().in(lang)));
            }
            screens.addAll(
                    guide.startAt(lang, progress, country.get().id(), work ? wish.work() : null));
        }
        List<String> lines = new ArrayList<>();
        if (!said.isEmpty()) {
            lines.add(texts.get(lang, "route.wish.said", Html.escape(String.join(", ", said))));
        }
        if (wish.age() != null) {
            lines.add(
                    texts.get(
                            lang,
                            wish.age() < MINIMUM_AGE ? "route.wish.minor" : "route.wish.age",
                            wish.age()));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(String.join("\n", lines)));
        out.addAll(screens.isEmpty() ? List.of(guide.askCountry(lang)) : screens);
        return Optional.of(out);
    }
}
