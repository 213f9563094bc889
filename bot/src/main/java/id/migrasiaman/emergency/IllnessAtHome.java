package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.regex.Pattern;

/**
 * "tolong, sy pung anak demam tinggi dari semalam, puskesmas tutup": someone sick at home, with no
 * employer, agent, boat or place abroad named and nothing about working abroad. It is a real
 * emergency, but not one the trafficking hotlines help with: the person is told to go to the
 * nearest emergency room or health service now, without numbers our sources do not give, and
 * without the one-tap danger question. A sick worker whose employer refuses care abroad is harm
 * (Plights) and never reaches this.
 */
final class IllnessAtHome {

    private static final Pattern SICK =
            Pattern.compile(
                    " (sakit|demam|panas tinggi|kejang|kejang2|muntah|diare|mencret|sesak napas"
                            + "|sesak nafas|pingsan|fever|sick|ill|vomiting|seizure|fainted) ");

    private static final Pattern MIGRATION_OR_HARM =
            Pattern.compile(
                    " (majikan|agen|agency|calo|bos|mandor|sponsor|pt|kapal|kapten|paspor"
                            + "|penampungan|asrama|mess|gudang|kamp|shelter|dorm|hostel|camp"
                            + "|dikunci|dikurung|disekap|dipukul|dipukuli|disiksa|diancam|ditahan"
                            + "|tidak boleh|tidak dikasih|tidak diberi|dilarang|employer|agent"
                            + "|recruiter|boss|captain|boat|ship|passport|locked|beaten|held"
                            + "|not allowed|refuses|won t) ");

    private IllnessAtHome() {}

    /**
     * Whether {@code text} tells of illness at home only, in Indonesia or with no country known, in
     * a message the relevance model does not read as about working abroad.
     */
    static boolean matches(String text, Analysis analysis, String country) {
        if (text == null || analysis == null || analysis.aboutWorkAbroad()) {
            return false;
        }
        if (country != null && !"ID".equals(country)) {
            return false;
        }
        String words = Words.padded(text);
        return SICK.matcher(words).find() && !MIGRATION_OR_HARM.matcher(words).find();
    }
}
