package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import id.migrasiaman.system.Wita;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * After a report: {@code /status CODE} shows its public status (never staff notes); {@code /tambah
 * CODE} appends text and evidence to it until "Done".
 */
@Component
class ReportFollowUp implements CommandAction, Flow, ButtonAction, MessageInterceptor {

    static final String NAME = AppendState.NAME;
    private static final Pattern CODE = Pattern.compile("(?i)\\bLPR-[0-9A-Z]{4}-[0-9A-Z]{4}\\b");
    private static final DateTimeFormatter DATE = Wita.format("d MMM yyyy HH:mm");

    private final ReportQueue queue;
    private final EvidenceIntake evidence;
    private final Texts texts;
    private final Menus menus;
    private final ReportList list;

    ReportFollowUp(
            ReportQueue queue, EvidenceIntake evidence, Texts texts, Menus menus, ReportList list) {
        this.queue = queue;
        this.evidence = evidence;
        this.texts = texts;
        this.menus = menus;
        this.list = list;
    }

    @Override
    public Set<String> commands() {
        return Set.of("status", "tambah", "add");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        Optional<String> code = codeIn(command.argument());
        boolean status = "status".equals(command.name());
        if (code.isEmpty()) {
            // "/status" alone: the person's own codes (with the hint how to follow one up).
            List<Reply> mine = list.run(turn, command);
            return status
                    ? mine
                    : List.of(
                            Reply.text(texts.get(turn.language(), "append.usage")),
                            mine.get(mine.size() - 1));
        }
        Optional<PublicStatus> found = queue.publicStatus(code.get());
        if (found.isEmpty()) {
            return List.of(
                    Reply.withButtons(
                            texts.get(turn.language(), "status.unknown"),
                            List.of(List.of(menus.backButton(turn.language())))));
        }
        if (status) {
            PublicStatus s = found.get();
            List<List<Reply.Button>> rows = new ArrayList<>();
            String html =
                    texts.get(
                                    turn.language(),
                                    "status.result",
                                    s.code(),
                                    texts.get(turn.language(), "status." + s.state()),
                                    DATE.format(s.lastUpdate()))
                            + ReportList.kind(texts, turn.language(), s);
            if (isReporter(s.code(), turn)) {
                // Only the reporter's own conversation sees and changes the consent to be
                // contacted.
                boolean contactable = queue.contactFor(s.code()).isPresent();
                html +=
                        "\n"
                                + texts.get(
                                        turn.language(),
                                        "status.contact." + (contactable ? "yes" : "no"));
                rows.add(
                        List.of(
                                new Reply.Button(
                                        texts.get(
                                                turn.language(),
                                                contactable
                                                        ? "emergency.contact.withdraw"
                                                        : "emergency.contact"),
                                        (contactable ? "e:nocontact:" : "e:contact:") + s.code())));
            }
            rows.add(List.of(menus.backButton(turn.language())));
            return List.of(Reply.withButtons(html, rows));
        }
        turn.update(turn.state().withFlow(new AppendState(found.get().code())));
        return List.of(done(turn, "append.started", found.get().code()));
    }

    /** A message carrying a known report code, outside any flow, is added to that report. */
    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null) {
            return Optional.empty();
        }
        Content content = turn.message().content();
        String text =
                content instanceof Content.Text t
                        ? t.text()
                        : content instanceof Content.Media m ? m.caption() : null;
        Optional<String> code = codeIn(text);
        if (code.isEmpty() || queue.publicStatus(code.get()).isEmpty()) {
            return Optional.empty();
        }
        turn.update(turn.state().withFlow(new AppendState(code.get())));
        return Optional.of(next(turn));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        String code = codeOf(turn);
        Content content = turn.message().content();
        String key = turn.message().idempotencyKey("add");
        try {
            if (content instanceof Content.Media media) {
                Optional<EvidenceIntake.Outcome> refused = evidence.acceptFor(turn, media, code);
                if (refused.isPresent()) {
                    return List.of(done(turn, EvidenceIntake.messageKey(refused.get()), code));
                }
                if (media.caption() != null && !media.caption().isBlank()) {
                    queue.append(
                            code, turn.message().userPseudonym(), media.caption(), List.of(), key);
                }
                return List.of(done(turn, "append.receiving", code));
            } else if (content instanceof Content.Text text && !text.text().isBlank()) {
                String typed = text.text().strip();
                if (CODE.matcher(typed)
                        .replaceAll("")
                        .replaceAll("[\\s\\p{Punct}]", "")
                        .isEmpty()) {
                    // Only the code (or the code again): nothing to add yet.
                    return List.of(done(turn, "append.started", code));
                }
                if (TypedAnswer.of(typed).filter(a -> a == TypedAnswer.CANCEL).isPresent()) {
                    turn.update(turn.state().withoutFlow());
                    return List.of(
                            Reply.withButtons(
                                    texts.get(turn.language(), "append.cancelled", code),
                                    menus.mainKeyboard(turn.language())));
                }
                queue.append(code, turn.message().userPseudonym(), text.text(), List.of(), key);
            } else {
                return List.of(done(turn, "report.unanswerable", code));
            }
        } catch (RuntimeException e) {
            // Storage away: say so, so the reporter can send it again later.
            return List.of(done(turn, "append.failed", code));
        }
        return List.of(done(turn, "append.saved", code));
    }

    /** Back to adding information after an interruption. */
    @Override
    public List<Reply> resume(Turn turn) {
        return List.of(done(turn, "append.started", codeOf(turn)));
    }

    @Override
    public String prefix() {
        return "a:";
    }

    @Override
    public boolean accepts(String value) {
        return "done".equals(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String code = codeOf(turn);
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), "append.finished", code),
                        menus.mainKeyboard(turn.language())));
    }

    private Reply done(Turn turn, String key, String code) {
        return Reply.withButtons(
                texts.get(turn.language(), key, code),
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(turn.language(), "report.done"), "a:done"))));
    }

    /** The code of the report being added to; empty outside the flow. */
    private static String codeOf(Turn turn) {
        return turn.state().active(AppendState.class).map(AppendState::code).orElse("");
    }

    private boolean isReporter(String code, Turn turn) {
        String pseudonym = turn.message().userPseudonym();
        try {
            return pseudonym != null
                    && queue.find(code)
                            .map(r -> pseudonym.equals(r.reporterPseudonym()))
                            .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Optional<String> codeIn(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group().toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
