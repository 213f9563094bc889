package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions people ask right after an alarm that no topic answers for their case (trial 19):
 * what to do now and where to report, whether the police take a report online, whether reporting
 * gets the person held into trouble, whether a relative must be a witness. Answered for who writes:
 * a relative at home (KP2MI, Portal Peduli WNI, the police report, FACTS §14) or the person held
 * (the numbers already sent, Safe Travel, FACTS 5.4). Where FACTS has no answer the reply says whom
 * to ask, never a guess.
 */
final class AlarmQuestions {

    /** What a question after the alarm asks. */
    enum Asked {
        WHAT_TO_DO("whatnow"),
        POLICE_ONLINE("online"),
        TROUBLE("trouble"),
        WITNESS("witness");

        private final String key;

        Asked(String key) {
            this.key = key;
        }
    }

    private static final Pattern WHERE_TO_REPORT =
            Pattern.compile(
                    " (lapor|melapor|mengadu|adu|report) (ke ?mana|di ?mana|sama siapa|ke siapa"
                            + "|where|to whom|to who)"
                            + "| (ke ?mana|di ?mana|where) (lapor|melapor|mengadu|to report|do i report"
                            + "|can i report|should i report|we report) ");

    private static final Pattern REPORT =
            Pattern.compile(" (lapor|melapor|laporan|laporkan|mengadu|report|reporting) ");

    private static final Pattern ONLINE =
            Pattern.compile(
                    " (online|onlen|daring|lewat hp|lewat internet|lewat aplikasi|pake hp|pakai hp"
                            + "|dari hp|dari rumah|by phone app|app|aplikasi|website|internet) ");

    private static final Pattern POLICE = Pattern.compile(" (polisi|police|polres|polsek|polri) ");

    /** Trouble for the person held (or the writer) because of the report. */
    private static final Pattern TROUBLE =
            Pattern.compile(
                    " (kena masalah|kena hukum|kena marah|dapat masalah|dapa masalah|bermasalah"
                            + "|dihukum|dipenjara|ditangkap|kena tangkap|dipecat|makin bahaya"
                            + "|tambah bahaya|lebih bahaya|dibalas|in trouble|get (him|her|them|me)"
                            + " in trouble|arrested|punished|jailed|deported|dideportasi) ");

    private static final Pattern WITNESS =
            Pattern.compile(" (saksi|bersaksi|kesaksian|witness|testify) ");

    private AlarmQuestions() {}

    /** What {@code text} asks, if it is one of these questions. */
    static Optional<Asked> of(String text) {
        String words = Words.padded(text);
        boolean report = REPORT.matcher(words).find();
        if (WITNESS.matcher(words).find()) {
            return Optional.of(Asked.WITNESS);
        }
        if (report && TROUBLE.matcher(words).find()) {
            return Optional.of(Asked.TROUBLE);
        }
        if (report && ONLINE.matcher(words).find()
                || POLICE.matcher(words).find() && ONLINE.matcher(words).find()) {
            return Optional.of(Asked.POLICE_ONLINE);
        }
        if (Wording.asksWhatToDo(text) || WHERE_TO_REPORT.matcher(words).find()) {
            return Optional.of(Asked.WHAT_TO_DO);
        }
        return Optional.empty();
    }

    /**
     * The answer to {@code asked} for urgent report {@code code}: for a relative at home when
     * {@code family}, else for the person held.
     */
    static Reply answer(
            EmergencyReplies replies, String lang, Asked asked, boolean family, String code) {
        String who = asked == Asked.WITNESS ? "" : family ? ".family" : ".self";
        return Reply.text(replies.t(lang, "emergency.asked." + asked.key + who, code));
    }
}
