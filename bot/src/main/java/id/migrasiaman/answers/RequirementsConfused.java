package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "help aku bingung baca syaratnya 😭😭" (the lead's chat trial, round 22): a teenager confused by
 * the requirements got the hotlines and "is anyone in danger now?". Confusion about the
 * requirements, or a bare "ini syaratnya apa?", gets the requirements topic with a line asking
 * which part is unclear; crying emoji and "bingung" are no danger. A question that names more
 * ("syarat ke Hong Kong umur berapa?") is left to retrieval.
 */
@Component
@Order(25)
class RequirementsConfused implements AnswerFirst {

    static final String TOPIC = "requirements";

    static final int MAX_WORDS = 12;

    private static final Pattern REQUIREMENTS =
            Pattern.compile(
                    " (syarat|syaratnya|syarat2|syarat syarat|persyaratan|persyaratannya"
                            + "|requirement|requirements) ");

    /** Saying one is confused or does not understand. */
    private static final Pattern CONFUSED =
            Pattern.compile(
                    " (bingung|binggung|bingun|ga ngerti|gak ngerti|nggak ngerti|tidak mengerti"
                            + "|tdk ngerti|ga paham|gak paham|tidak paham|confused|confusing"
                            + "|don t understand|dont understand) ");

    /** What a bare "ini syaratnya apa sa?" is made of besides the requirements word. */
    private static final Set<String> BARE =
            Set.of(
                    ("tolong tlg help pls please dong donk kk kak kaka ka min admin ini itu apa"
                                    + " apakah saja aja sa sy saya aku ak beta gw the what are is"
                                    + " which ya yah nya for of")
                            .split(" "));

    private final AnswerReplies replies;
    private final Texts texts;
    private final Clock clock;

    RequirementsConfused(AnswerReplies replies, Texts texts, Clock clock) {
        this.replies = replies;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text();
        boolean followUp = AnswerContext.recall(turn.state(), clock.instant()).isPresent();
        if (!applies(text) || followUp && !confused(text)) {
            // Right after an answer, "syaratnya apa?" asks about that answer's subject.
            return Optional.empty();
        }
        String lead = confused(text) ? "requirements.which" : "requirements.which.plain";
        return replies.answerTo(turn, TOPIC, clock.instant())
                .map(
                        answer -> {
                            AnswerContext.rememberTopic(turn, TOPIC, text, clock.instant());
                            List<Reply> out = new ArrayList<>();
                            out.add(Reply.text(texts.get(turn.language(), lead)));
                            out.addAll(answer);
                            return out;
                        });
    }

    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        return answer(turn, analysis);
    }

    private static boolean confused(String text) {
        return CONFUSED.matcher(Words.padded(text)).find();
    }

    /** Confused by the requirements, or asking for them and nothing more, in a short message. */
    static boolean applies(String text) {
        String padded = Words.padded(text);
        if (Questions.words(text) > MAX_WORDS || !REQUIREMENTS.matcher(padded).find()) {
            return false;
        }
        if (confused(text)) {
            return true;
        }
        String rest = REQUIREMENTS.matcher(padded).replaceAll(" ");
        return Questions.isQuestion(text)
                && Arrays.stream(rest.strip().split(" "))
                        .allMatch(w -> w.isEmpty() || BARE.contains(w));
    }
}
