package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person who said they are abroad now ({@code ConversationState.whereabouts}, set by the safety
 * layer from "saya kerja di Johor", "aku PMI di Taiwan"), and the mission and numbers of that
 * country in one line (FACTS §11).
 */
final class Abroad {

    /** Countries with a line of their own in the texts ({@code abroad.mission.XX}). */
    private static final Set<String> NAMED = Set.of("MY", "SG", "HK", "TW");

    private static final String HOME = "ID";

    /** FACTS 11.2/11.3/11.13 (MY), 11.8/11.15 (SG), 11.9/11.14 (HK), 11.10-11.12 (TW), 11.1. */
    private static final Map<String, List<String>> MISSION_SOURCES =
            Map.of(
                    "MY",
                    List.of(
                            "https://rmol.id/amp/2024/12/02/647018/kbri-kuala-lumpur-terus-pantau-kondisi-wni-di-tengah-banjir-malaysia",
                            "https://kepri.antaranews.com/berita/226597/kjri-johor-bahru-dan-pemkab-karimun-kerja-sama-pelindungan-pmi",
                            "https://medicinemalaysia.com/medicine/2015/03/16/emergency-number-is-still-999/"),
                    "SG",
                    List.of(
                            "https://travel.kompas.com/read/2020/02/08/150000327/wabah-virus-corona-di-singapura-kontak-dan-informasi-penting-bagi-wisatawan",
                            "http://mom.gov.sg/faq/work-permit-for-fdw/how-can-an-fdw-report-that-her-salary-has-not-been-paid",
                            "https://www.police.gov.sg/news-and-publications/features/The%20Line%20Between%20Life%20and%20Death"),
                    "HK",
                    List.of(
                            "https://m.jpnn.com/amp/news/kjri-hong-kong-imbau-wni-tingkatkan-kewaspadaan"),
                    "TW",
                    List.of(
                            "https://www.wda.gov.tw/en/News_Content.aspx?n=8E8FA34452E8DBC2&sms=AE3C87216823B14C&s=4B08E109578D2D32",
                            "https://www.kdei-taipei.org/news/perdana-di-tahun-2022-kdei-taipei-gelar-kegiatan-mobile-service-di-hualien-2148.html",
                            "https://english.taichung.gov.tw/1139972/post"),
                    "other",
                    List.of(
                            "https://m.tribunnews.com/amp/nasional/2020/02/03/virus-corona-mewabah-kjri-hong-kong-larang-pekerja-migran-indonesia-pergi-ke-cina"));

    private Abroad() {}

    /**
     * The text typed outside any flow, in at most {@code maxWords} words: what the answers for a
     * worker abroad read (a longer message is a story, a flow keeps its own answers).
     */
    static Optional<String> shortTypedText(Turn turn, int maxWords) {
        return turn.state().active() == null
                        && turn.message().content() instanceof Content.Text typed
                        && Questions.words(typed.text()) <= maxWords
                ? Optional.of(typed.text())
                : Optional.empty();
    }

    /** The country code the person is in, when it is not Indonesia. */
    static Optional<String> country(Turn turn) {
        String where = turn.state().whereabouts();
        return where == null || where.isEmpty() || HOME.equals(where)
                ? Optional.empty()
                : Optional.of(where);
    }

    /**
     * The country a question is about: where the person is ({@link #country(Turn)}), or else the
     * one country abroad the question names. A brother at home asking about his sister ("my sister
     * is a maid in Singapore and her employer keeps her passport", the lead's chat trial, round 23;
     * "adik saya kerja di Singapura, majikannya tidak kasih libur") was told Malaysia's law and
     * "999 in Malaysia". Two countries named say nothing of where she is.
     */
    static Optional<String> country(Turn turn, Analysis analysis) {
        return country(turn).or(() -> namedIn(analysis));
    }

    private static Optional<String> namedIn(Analysis analysis) {
        List<String> named =
                analysis.entities().destinations().stream()
                        .filter(c -> !HOME.equals(c))
                        .distinct()
                        .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * Where the line of {@link #mission} comes from (FACTS §11, as the help-abroad topic cites it):
     * the URLs of its sources, first the country's, then Kemlu's hotline of 2020 (11.1) for a
     * country without a line of its own.
     */
    static List<String> missionSources(String country) {
        return MISSION_SOURCES.getOrDefault(
                NAMED.contains(country) ? country : "other", MISSION_SOURCES.get("other"));
    }

    /** Whom to call in {@code country}: the mission, the local lines; Kemlu when not named. */
    static String mission(Texts texts, String lang, String country) {
        return texts.get(lang, "abroad.mission." + (NAMED.contains(country) ? country : "other"));
    }
}
