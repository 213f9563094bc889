package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * "Ini bot siapa?", "who runs this bot?", "siapa yang bikin bot ini, resmi ko?": a person deciding
 * whether to trust the bot with a report asks who is behind it. The honest answer: a tool for the
 * people of Kabupaten Kupang, reports go to the regency's Satgas (Keputusan Bupati Kupang
 * 224/KEP/HK/2023, FACTS 1.12), not a recruiter, never asks for money. A black-box tester got an
 * unrelated topic for all three.
 */
@Component
class AboutTheBot implements MessageInterceptor, Ordered {

    /** Words that name the bot itself. */
    private static final Pattern BOT =
            Pattern.compile(
                    " (bot|chatbot|botnya|bot nya|robot|aplikasi ini|layanan ini|akun ini"
                            + "|this service|this app|this account) ");

    /** Who is behind it, whether it is official. */
    private static final Pattern WHO =
            Pattern.compile(
                    " (siapa|sapa|who|whose|milik|pemilik|punya siapa|pung sapa|resmi|official"
                            + "|pemerintah|government|made by|run by|runs|behind|owns|owner"
                            + "|dikelola|mengelola|operates|legit"
                            + "|trust|percaya|penipu|scam) ");

    /** "kamu siapa?", "who are you?": a pronoun and "who" in a short question. */
    private static final Pattern WHO_ARE_YOU =
            Pattern.compile(
                    " ((kamu|kau|lu|kalian|anda) (siapa|sapa)|(siapa|sapa) (kamu|kau|lu|kalian"
                            + "|anda)|who are you|who is this|who s this) ");

    private static final int SHORT = 6;
    private static final int MAX_WORDS = 16;

    private final Texts texts;
    private final Menus menus;

    AboutTheBot(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public int getOrder() {
        // Before the follow-ups (50): "ini bot siapa?" right after an answer is not about it.
        return 44;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active() != null
                || !asksWhoRunsIt(typed.text())) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "about.bot"),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "answer.topics"),
                                                        Menus.LEARN)),
                                        List.of(menus.backButton(lang))))));
    }

    /** Whether {@code text} asks who runs the bot or whether it is official. */
    static boolean asksWhoRunsIt(String text) {
        if (!Questions.isQuestion(text) || Questions.words(text) > MAX_WORDS) {
            return false;
        }
        String padded = Words.padded(text);
        return (BOT.matcher(padded).find() && WHO.matcher(padded).find())
                || (Questions.words(text) <= SHORT && WHO_ARE_YOU.matcher(padded).find());
    }
}
