package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.TextHeard;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Saya mau laporkan orang ini" right after describing a recruiter: the report starts, with what
 * was told as "what happened" and the recruiter's name, numbers and places filled in (trial 19,
 * D18: it got the off-topic refusal). The last description is kept in the {@link
 * ConversationMemory} for {@link #KEPT} only, never logged.
 */
@Component
class ReportThisPerson implements TextHeard, SituationResponder {

    /** How long a description still counts for "report this person". */
    static final Duration KEPT = Duration.ofMinutes(30);

    /** The fewest words of a message taken as a description of someone. */
    private static final int DESCRIPTION_WORDS = 6;

    /** A wish to report someone just described: "mau laporkan orang ini", "lapor dia aja". */
    private static final Pattern WISH =
            Pattern.compile(
                    "(?iu)\\b(mau|mo|ingin|pengen|pingin|bisa|boleh|want to|wanna|like to|can i)?\\s*"
                            + "(lapor|laporkan|melapor|melaporkan|report)\\s+"
                            + "(orang|org|calo|perekrut|sponsor|agen|bapak|ibu|om|dia|de|him|her"
                            + "|this|that|them)\\s*(ini|itu|tadi|tsb|person|guy|recruiter)?\\b");

    /** What is told beside the wish and may stand next to it: consent, thanks, politeness. */
    private static final Pattern BESIDE =
            Pattern.compile(
                    "(?iu)\\b(saya|sy|aku|beta|dan|juga|bersedia|mau|boleh|siap|dihubungi|hubungi"
                            + "|petugas|satgas|kak|ya|aja|saja|sekarang|terima|kasih|makasih"
                            + "|i|am|and|willing|to|be|contacted|please|now|ok)\\b");

    /** The last description of someone, before any wish to report them. */
    static final ConversationMemory.Fact<String> DESCRIBED =
            new ConversationMemory.Fact<>("reports.described", String.class, KEPT);

    private final ReportFlow flow;
    private final TextAnalyser analyser;
    private final ConversationMemory memory;

    ReportThisPerson(ReportFlow flow, TextAnalyser analyser, ConversationMemory memory) {
        this.flow = flow;
        this.analyser = analyser;
        this.memory = memory;
    }

    @Override
    public void heard(Turn turn, Analysis analysis) {
        String text = analysis.text();
        if (!wish(text)
                && Questions.words(text) >= DESCRIPTION_WORDS
                && turn.state().active() == null) {
            memory.put(turn.state().id(), DESCRIBED, text);
        }
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || !wish(typed.text())) {
            return Optional.empty();
        }
        String before = memory.get(turn.state().id(), DESCRIBED).orElse(null);
        if (before == null) {
            return Optional.empty();
        }
        memory.forget(turn.state().id(), DESCRIBED);
        ReportData prefill = ReportEntry.prefilled(analyser.analyse(before));
        prefill.what = before;
        return Optional.of(flow.started(turn, prefill));
    }

    /** Whether {@code text} is the wish to report someone just described, and little else. */
    static boolean wish(String text) {
        var found = WISH.matcher(text);
        if (!found.find()) {
            return false;
        }
        String rest =
                BESIDE.matcher(text.substring(0, found.start()) + " " + text.substring(found.end()))
                        .replaceAll(" ");
        return Questions.words(rest.replaceAll("[\\p{P}\\p{S}]", " ")) <= 2;
    }
}
