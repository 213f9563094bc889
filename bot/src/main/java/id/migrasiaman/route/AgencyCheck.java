package id.migrasiaman.route;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.route.RouteBook.Step;
import java.util.List;
import java.util.function.Supplier;

/** {@code /cekagensi}: how to check a P3MI and its job order, what an LPK may do, whom to call. */
final class AgencyCheck {

    private final Supplier<RouteBook> books;
    private final Texts texts;
    private final Menus menus;

    AgencyCheck(Supplier<RouteBook> books, Texts texts, Menus menus) {
        this.books = books;
        this.texts = texts;
        this.menus = menus;
    }

    List<Reply> render(String lang) {
        RouteBook book = books.get();
        Step step = book.steps().get("cek-agensi");
        StepView view = new StepView(texts, book, lang);
        String html =
                texts.get(lang, "route.agency.title")
                        + "\n"
                        + step.what().in(lang)
                        + "\n\n"
                        + step.more().in(lang).strip()
                        + "\n\n"
                        + view.doubt(step)
                        + "\n\n"
                        + texts.get(lang, "route.sources", view.sources(step));
        return List.of(
                Reply.withButtons(
                        html,
                        List.of(
                                List.of(
                                        new Button(
                                                texts.get(lang, "menu.route"),
                                                RouteGuide.PREFIX + "s")),
                                List.of(
                                        new Button(
                                                texts.get(lang, "route.btn.calo"), Menus.REPORT)),
                                List.of(menus.backButton(lang)))));
    }
}
