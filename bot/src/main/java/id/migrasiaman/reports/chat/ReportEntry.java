package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Ways into a report: {@code /lapor}, the menu's "report a broker", and a message understood as a
 * broker report, which first asks whether to report and keeps what it already understood.
 */
@Component
class ReportEntry implements CommandAction, ButtonAction, IntentResponder {

    private final ReportFlow flow;
    private final Retrieval retrieval;
    private final Answers answers;
    private final TextAnalyser analyser;
    private final Texts texts;

    ReportEntry(
            ReportFlow flow,
            Retrieval retrieval,
            Answers answers,
            TextAnalyser analyser,
            Texts texts) {
        this.flow = flow;
        this.retrieval = retrieval;
        this.answers = answers;
        this.analyser = analyser;
        this.texts = texts;
    }

    @Override
    public Set<String> commands() {
        return Set.of("lapor", "report");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        if (draftSetAside(turn)) {
            // /lapor after the hotlines: the draft the emergency set aside goes on (D13).
            return flow.heldBy(turn, new Content.Command("lapor", "")).orElseThrow();
        }
        ReportData prefill = ReportData.fresh();
        prefill.what = command.argument().isBlank() ? "" : command.argument();
        return flow.begin(turn, prefill, prefill.what.isEmpty() ? ReportStep.WHAT : ReportStep.WHO);
    }

    @Override
    public String prefix() {
        return Menus.REPORT;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        if (turn.state().active(ReportState.class).filter(ReportState::answered).isPresent()
                || draftSetAside(turn)) {
            // The menu's report button with a report half written: that one goes on (D24).
            return flow.heldBy(turn, new Content.Command("lapor", "")).orElseThrow();
        }
        Optional<String> story =
                turn.state()
                        .active(StoryState.class)
                        .map(StoryState::text)
                        .filter(text -> !text.isBlank());
        if (story.isPresent()) {
            // A story whose broker still recruits (or any story told so far): its words are
            // "what happened", not asked for again.
            ReportData prefill = prefilled(analyser.analyse(story.get()));
            prefill.what = story.get();
            List<Reply> out = new ArrayList<>();
            out.add(Reply.text(texts.get(turn.language(), "report.from.story")));
            out.addAll(flow.begin(turn, prefill, ReportStep.WHO));
            return out;
        }
        return flow.begin(turn, ReportData.fresh(), ReportStep.WHAT);
    }

    @Override
    public Intent intent() {
        return Intent.BROKER_REPORT;
    }

    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        if (draftSetAside(turn)) {
            // "laporan yg tadi sdh masuk?" after the hotlines: not a new report over the draft.
            return flow.heldBy(turn, new Content.Command("lapor", "")).orElseThrow();
        }
        ReportData prefill = prefilled(analysis);
        // "sy mau lapor dia" says only that she wants to report: no fact for "what happened";
        // nor does "sy mau lapor calo, namanya pak Benyamin dari Baun", whose name is "who" (D31).
        String told =
                prefill.who.isEmpty()
                        ? analysis.text()
                        : RecruiterNamed.without(analysis.text(), prefill.who);
        prefill.what = OnlyWantsToReport.said(told) ? "" : analysis.text();
        List<Reply> confirm = flow.begin(turn, prefill, ReportStep.CONFIRM);
        return withTopic(confirm, analysis.text(), turn.language());
    }

    /** Whether an emergency set aside a report draft with answers in it. */
    private static boolean draftSetAside(Turn turn) {
        return turn.state().active(ReportState.class).isEmpty()
                && ReportState.heldIn(turn.state().active())
                        .filter(ReportState::answered)
                        .isPresent();
    }

    /**
     * A fresh report with the recruiter named, the phones, places and destinations {@code analysis}
     * found.
     */
    static ReportData prefilled(Analysis analysis) {
        ReportData prefill = ReportData.fresh();
        RecruiterNamed.in(analysis.text()).ifPresent(name -> prefill.who = name);
        analysis.entities().phones().forEach(p -> ReportData.addOnce(prefill.phones, p));
        analysis.entities()
                .destinations()
                .forEach(d -> ReportData.addOnce(prefill.destinations, d));
        analysis.entities().transits().forEach(t -> ReportData.addOnce(prefill.transits, t));
        analysis.entities().kecamatan().stream().findFirst().ifPresent(k -> prefill.kecamatan = k);
        if (MinorsTold.in(analysis.text())) {
            // "ada yang masih kecil kayaknya 15an": not asked again as if unknown (trial 16, D8).
            prefill.minors = "yes";
        }
        return prefill;
    }

    /**
     * "How do I report a calo?" is both a report and a question: when a curated topic fits, the
     * confirmation also offers it.
     */
    private List<Reply> withTopic(List<Reply> replies, String text, String lang) {
        Optional<Answer> topic = retrieval.topicFor(text).flatMap(id -> answers.answer(id, lang));
        if (topic.isEmpty() || replies.isEmpty()) {
            return replies;
        }
        Reply last = replies.get(replies.size() - 1);
        List<List<Reply.Button>> rows = new ArrayList<>(last.keyboard());
        rows.add(
                List.of(
                        new Reply.Button(
                                "📘 " + topic.get().label(), "t:" + topic.get().topicId())));
        List<Reply> out = new ArrayList<>(replies.subList(0, replies.size() - 1));
        out.add(new Reply(last.html(), rows, last.requestLocation()));
        return out;
    }
}
