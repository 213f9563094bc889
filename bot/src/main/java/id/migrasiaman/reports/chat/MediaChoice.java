package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.MediaResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A photo, document or voice note that no flow took: the sender chooses to make it evidence of a
 * new report, add it to a report they have a code for, check a job offer, or nothing. The files
 * wait in the conversation (as the channel's file handles) and are fetched only when chosen. When
 * the caption already started a report, the file becomes its evidence at once.
 */
@Component
class MediaChoice implements MediaResponder, TypedButtonAction<MediaChoice.Choice>, Flow {

    static final String NAME = MediaState.NAME;
    private static final String PREFIX = "md:";

    private final PendingFiles files;
    private final ReportFlow reports;
    private final ReportQueue queue;
    private final Texts texts;
    private final Menus menus;

    MediaChoice(
            PendingFiles files, ReportFlow reports, ReportQueue queue, Texts texts, Menus menus) {
        this.files = files;
        this.reports = reports;
        this.queue = queue;
        this.texts = texts;
        this.menus = menus;
    }

    /** The three choices offered for files no flow took ({@code md:...}). */
    enum Choice {
        NEW,
        CODE,
        NONE;

        String data() {
            return PREFIX + name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public List<Reply> respond(Turn turn, Content.Media media, List<Reply> answered) {
        FlowState flow = turn.state().active();
        if (flow instanceof ReportState report) {
            // The caption started a report: this file is its first piece of evidence.
            ReportData data = new ReportData(report);
            files.store(turn, media).ifPresent(ref -> data.addEvidence(EvidenceCodec.encode(ref)));
            turn.update(turn.state().withFlow(data.at(report.step())));
            return answered;
        }
        Optional<String> code = flow == null ? Optional.empty() : flow.reportCode();
        if (code.isPresent()) {
            // The caption opened or continued a report with a code (e.g. an emergency): add the
            // file.
            List<EvidenceRef> file = files.store(turn, media).stream().toList();
            if (!file.isEmpty()) {
                queue.append(
                        code.get(),
                        turn.message().userPseudonym(),
                        null,
                        file,
                        turn.message().idempotencyKey("media-file"));
            }
            return answered;
        }
        if (!answered.isEmpty() && flow != null) {
            return answered;
        }
        String caption = media.caption() == null ? "" : media.caption().strip();
        turn.update(
                turn.state()
                        .withFlow(
                                new MediaState(MediaStep.CHOOSE, List.of(), caption)
                                        .with(PendingFile.of(media))));
        List<Reply> out = new ArrayList<>(answered);
        out.add(choice(turn.language(), media.kind(), 1));
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        Content content = turn.message().content();
        MediaState waiting = turn.state().active(MediaState.class).orElseThrow();
        if (content instanceof Content.Media media) {
            MediaState more = waiting.with(PendingFile.of(media));
            turn.update(turn.state().withFlow(more));
            return List.of(
                    more.step() == MediaStep.CODE
                            ? askCode(turn.language())
                            : choice(turn.language(), media.kind(), more.files().size()));
        }
        if (waiting.step() == MediaStep.CODE && content instanceof Content.Text text) {
            return addToReport(turn, waiting, text.text());
        }
        // Anything else: the files were not meant for anything; handle the message as usual.
        return List.of();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Choice> parse(String value) {
        return Arrays.stream(Choice.values())
                .filter(c -> c.data().equals(PREFIX + value))
                .findFirst();
    }

    @Override
    public List<Reply> pressed(Turn turn, Choice choice) {
        String lang = turn.language();
        Optional<MediaState> waiting = turn.state().active(MediaState.class);
        if (waiting.isEmpty()) {
            return List.of(menus.main(lang));
        }
        return switch (choice) {
            case NEW -> newReport(turn, waiting.get());
            case CODE -> {
                turn.update(turn.state().withFlow(waiting.get().at(MediaStep.CODE)));
                yield List.of(askCode(lang));
            }
            case NONE -> {
                turn.update(turn.state().withoutFlow());
                yield List.of(
                        Reply.withButtons(texts.get(lang, "media.none"), menus.mainKeyboard(lang)));
            }
        };
    }

    private List<Reply> newReport(Turn turn, MediaState pending) {
        ReportData data = ReportData.fresh();
        List<EvidenceRef> stored = files.storeAll(turn, pending.files());
        stored.forEach(ref -> data.addEvidence(EvidenceCodec.encode(ref)));
        data.what = pending.caption();
        List<Reply> out = new ArrayList<>();
        if (stored.size() < pending.files().size()) {
            out.add(Reply.text(texts.get(turn.language(), "media.notstored")));
        }
        out.addAll(
                reports.begin(turn, data, data.what.isEmpty() ? ReportStep.WHAT : ReportStep.WHO));
        return out;
    }

    private List<Reply> addToReport(Turn turn, MediaState pending, String typed) {
        String lang = turn.language();
        Optional<String> code = ReportFollowUp.codeIn(typed);
        if (code.isEmpty() || queue.publicStatus(code.get()).isEmpty()) {
            return List.of(Reply.text(texts.get(lang, "status.unknown")), askCode(lang));
        }
        List<EvidenceRef> stored = files.storeAll(turn, pending.files());
        try {
            queue.append(
                    code.get(),
                    turn.message().userPseudonym(),
                    pending.caption().isEmpty() ? null : pending.caption(),
                    stored,
                    turn.message().idempotencyKey("media-add"));
        } catch (RuntimeException e) {
            return List.of(Reply.text(texts.get(lang, "append.failed", code.get())));
        }
        turn.update(turn.state().withoutFlow());
        List<Reply> out = new ArrayList<>();
        if (stored.size() < pending.files().size()) {
            out.add(Reply.text(texts.get(lang, "media.notstored")));
        }
        out.add(
                Reply.withButtons(
                        texts.get(lang, "append.saved", code.get()),
                        List.of(List.of(menus.backButton(lang)))));
        return out;
    }

    private Reply askCode(String lang) {
        return Reply.withButtons(
                texts.get(lang, "media.code.ask"),
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.none.button"),
                                        Choice.NONE.data()))));
    }

    private Reply choice(String lang, Content.MediaKind kind, int count) {
        String what = texts.get(lang, "media.kind." + kind.name());
        String html =
                count == 1
                        ? texts.get(lang, "media.choose", what)
                        : texts.get(lang, "media.choose.more", count);
        return Reply.withButtons(
                html,
                List.of(
                        List.of(new Reply.Button(texts.get(lang, "media.new"), Choice.NEW.data())),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.code"), Choice.CODE.data())),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.offer"), Menus.CHECK_OFFER)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.none.button"),
                                        Choice.NONE.data()))));
    }
}
