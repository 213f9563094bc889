package id.migrasiaman.route;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/** How people ask how long the route takes ("berapa lama sampai berangkat?", "how long"). */
final class GuideWords {

    private static final Pattern DURATION =
            Pattern.compile(
                    " (berapa|brp|brapa|brpa|barapa|sampai|sampe|how) (lama|lma|lam|long) "
                            + "| (lama|lma) (proses|prosesnya|nya|urus|pengurusan|daftar|tunggu"
                            + "|menunggu|berangkat) "
                            + "| (berapa|brp|brapa) (bulan|bln|minggu|hari|hr) "
                            + "| kapan (bisa |sa bisa |saya bisa |beta bisa )?(berangkat|brangkat) "
                            + "| how many (days|weeks|months) "
                            + "| when (can|will) i (leave|go|depart) ");

    /**
     * A wish or a change of mind: "sy mau ke jepang saja", "ganti ke korea", "I'd rather go to
     * Japan". Naming a country alone ("di jepang ada KBRI?") is a question about it, not a switch.
     */
    private static final Pattern INSTEAD =
            Pattern.compile(
                    " (ganti|gnti|pindah|berubah|ubah|mau|mo|ingin|pengen|pingin|kepingin|rencana"
                            + "|jadi|saja|sa aja|aja|want|rather|instead|switch|change|prefer) ");

    private GuideWords() {}

    /** Whether {@code text} says the person wants something else instead. */
    static boolean wantsInstead(String text) {
        return INSTEAD.matcher(Words.padded(text)).find();
    }

    /** Whether {@code text} asks how long something takes or when one can leave. */
    static boolean asksDuration(String text) {
        return DURATION.matcher(Words.padded(text)).find();
    }
}
