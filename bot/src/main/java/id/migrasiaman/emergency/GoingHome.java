package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A worker abroad without papers who wants to go home and fears arrest ("sy mau pulang ke kupang tp
 * takut ditangkap polis, gmn caranya?"): the local police number first could harm them. They get
 * the Indonesian missions' numbers first, then the going-home and deportation answer, and no staff
 * alarm; danger now (beaten, locked in, threatened) still takes the emergency path.
 */
@Component
class GoingHome {

    static final String TOPIC = "return-reintegration";

    private static final Pattern HOME =
            Pattern.compile(
                    " (mau|ingin|mo|pengen|pingin|bisa|cara|want to|how to|how can i|how do i)"
                            + " (\\p{L}+ )?(pulang|balik|go home|get home|return home|come home) ");

    private static final Pattern ARREST =
            Pattern.compile(
                    " (ditangkap|tangkap|kena tangkap|ditahan polis|polis|razia|imigresen"
                            + "|deport|dideportasi|tanpa paspor|tnp paspor|tidak ada paspor"
                            + "|ga punya paspor|gak punya paspor|tdk punya paspor|no passport"
                            + "|without papers|undocumented|ilegal|illegal|arrested|arrest) ");

    private static final Pattern DANGER_NOW =
            Pattern.compile(
                    " (dipukul|dipukuli|disiksa|dianiaya|dikunci|dikurung|disekap|diperkosa"
                            + "|diancam|dijual|terjebak|kelaparan|tolong cepat|sos|darurat"
                            + "|beaten|locked|raped|threatened|trapped|starving|abused) ");

    private final Answers answers;
    private final EmergencyReplies replies;

    GoingHome(Answers answers, EmergencyReplies replies) {
        this.answers = answers;
        this.replies = replies;
    }

    /** Whether {@code text} asks for the way home while afraid of arrest, with no danger now. */
    static boolean matches(String text) {
        String words = Words.padded(text);
        return HOME.matcher(words).find()
                && ARREST.matcher(words).find()
                && !DANGER_NOW.matcher(words).find();
    }

    /** The missions of {@code country} (Malaysia when not known), then the answer. */
    List<Reply> answer(Turn turn, String country) {
        String lang = turn.language();
        List<Reply> out = new ArrayList<>();
        out.add(replies.missions(lang, country == null || "ID".equals(country) ? "MY" : country));
        Optional<Answer> topic = answers.answer(TOPIC, lang);
        topic.ifPresent(
                a -> {
                    for (int i = 0; i < a.parts().size(); i++) {
                        String body =
                                (i == 0 ? "<b>" + escape(a.title()) + "</b>\n\n" : "")
                                        + a.parts().get(i);
                        if (i == a.parts().size() - 1 && !a.sourcesLine().isEmpty()) {
                            body += "\n\n" + a.sourcesLine();
                        }
                        out.add(Reply.text(body));
                    }
                });
        out.add(replies.withMenu(replies.t(lang, "emergency.gohome.note"), lang));
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
