package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.MediaResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A photo, document or voice note that no flow took: the sender chooses to make it evidence of a
 * new report, add it to a report they have a code for, check a job offer, or nothing. The files
 * wait in the conversation (as the channel's file handles) and are fetched only when chosen. When
 * the caption already started a report, the file becomes its evidence at once.
 */
@Component
class MediaChoice implements MediaResponder, ButtonAction, Flow {

    static final String NAME = "media";
    private static final String PREFIX = "md:";
    private static final String CAPTION = "caption";
    private static final String CODE = "code";

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

    @Override
    public List<Reply> respond(Turn turn, Content.Media media, List<Reply> answered) {
        String flow = turn.state().flow();
        if (ReportFlow.NAME.equals(flow)) {
            // The caption started a report: this file is its first piece of evidence.
            ReportData data = new ReportData(turn.state().data());
            files.store(turn, media)
                    .ifPresent(
                            ref -> data.addToList(ReportData.EVIDENCE, EvidenceCodec.encode(ref)));
            turn.update(turn.state().inFlow(flow, turn.state().step(), data.values()));
            return answered;
        }
        String code = turn.state().data().get(CODE);
        if (flow != null && code != null) {
            // The caption opened or continued a report with a code (e.g. an emergency): add the
            // file.
            List<EvidenceRef> file = files.store(turn, media).stream().toList();
            if (!file.isEmpty()) {
                queue.append(
                        code,
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
        Map<String, String> data = new HashMap<>();
        PendingFiles.add(data, media);
        if (media.caption() != null && !media.caption().isBlank()) {
            data.put(CAPTION, media.caption().strip());
        }
        turn.update(turn.state().inFlow(NAME, "CHOOSE", data));
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
        Map<String, String> data = new HashMap<>(turn.state().data());
        String step = turn.state().step();
        if (content instanceof Content.Media media) {
            int count = PendingFiles.add(data, media);
            turn.update(turn.state().inFlow(NAME, step, data));
            return List.of(
                    "CODE".equals(step)
                            ? askCode(turn.language())
                            : choice(turn.language(), media.kind(), count));
        }
        if ("CODE".equals(step) && content instanceof Content.Text text) {
            return addToReport(turn, text.text());
        }
        // Anything else: the files were not meant for anything; handle the message as usual.
        return List.of();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean accepts(String value) {
        return java.util.Set.of("new", "code", "none").contains(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        if (!NAME.equals(turn.state().flow())) {
            return List.of(menus.main(lang));
        }
        return switch (value) {
            case "new" -> newReport(turn);
            case "code" -> {
                turn.update(turn.state().inFlow(NAME, "CODE", turn.state().data()));
                yield List.of(askCode(lang));
            }
            default -> {
                turn.update(turn.state().withoutFlow());
                yield List.of(
                        Reply.withButtons(texts.get(lang, "media.none"), menus.mainKeyboard(lang)));
            }
        };
    }

    private List<Reply> newReport(Turn turn) {
        Map<String, String> pending = turn.state().data();
        ReportData data = new ReportData(Map.of());
        List<EvidenceRef> stored = files.storeAll(turn, pending);
        stored.forEach(ref -> data.addToList(ReportData.EVIDENCE, EvidenceCodec.encode(ref)));
        String caption = pending.getOrDefault(CAPTION, "");
        if (!caption.isEmpty()) {
            data.put(ReportData.WHAT, caption);
        }
        List<Reply> out = new ArrayList<>();
        if (stored.size() < PendingFiles.count(pending)) {
            out.add(Reply.text(texts.get(turn.language(), "media.notstored")));
        }
        out.addAll(
                reports.begin(
                        turn, data.values(), caption.isEmpty() ? ReportStep.WHAT : ReportStep.WHO));
        return out;
    }

    private List<Reply> addToReport(Turn turn, String typed) {
        String lang = turn.language();
        Optional<String> code = ReportFollowUp.codeIn(typed);
        if (code.isEmpty() || queue.publicStatus(code.get()).isEmpty()) {
            return List.of(Reply.text(texts.get(lang, "status.unknown")), askCode(lang));
        }
        Map<String, String> pending = turn.state().data();
        List<EvidenceRef> stored = files.storeAll(turn, pending);
        try {
            queue.append(
                    code.get(),
                    turn.message().userPseudonym(),
                    pending.get(CAPTION),
                    stored,
                    turn.message().idempotencyKey("media-add"));
        } catch (RuntimeException e) {
            return List.of(Reply.text(texts.get(lang, "append.failed", code.get())));
        }
        turn.update(turn.state().withoutFlow());
        List<Reply> out = new ArrayList<>();
        if (stored.size() < PendingFiles.count(pending)) {
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
                                        texts.get(lang, "media.none.button"), PREFIX + "none"))));
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
                        List.of(new Reply.Button(texts.get(lang, "media.new"), PREFIX + "new")),
                        List.of(new Reply.Button(texts.get(lang, "media.code"), PREFIX + "code")),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.offer"), Menus.CHECK_OFFER)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "media.none.button"), PREFIX + "none"))));
    }
}
