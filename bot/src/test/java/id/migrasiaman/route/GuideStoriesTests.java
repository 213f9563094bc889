package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The personal guide as black-box testers met it in round 11 (trial11-DEFECTS D7, D30): each test
 * is one person's story, through the conversation core as in {@code bot.jar chat}.
 */
class GuideStoriesTests {

    final InMemoryRouteProgress store = new InMemoryRouteProgress();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));

    /**
     * D7. Yosef, 20, goes to a Korean factory through G to G (EPS). The government places him: no
     * screen of his route may send him to look for "his P3MI", which invites a calo posing as an
     * agency. The placing office he is shown is BP3MI NTT.
     */
    @Test
    void aKoreaGtoGApplicantIsNeverSentToAPrivateAgency() {
        for (String lang : List.of("id", "en")) {
            ConversationFixture bot = RouteGuideTests.bot(store, clock);
            String id = "yosef-" + lang;
            if (lang.equals("en")) {
                bot.send(id, "/bahasa");
                bot.press(id, "lang:en");
            }
            bot.press(id, "j:c:KR");
            StringBuilder seen = new StringBuilder(text(bot.press(id, "j:w:factory")));
            int total =
                    RouteGuide.plan(RouteGuideTests.BOOK, store.find(id).orElseThrow())
                            .orElseThrow()
                            .steps()
                            .size();
            for (int i = 0; i < total; i++) {
                for (String detail : List.of("j:n", "j:q", "j:m")) {
                    seen.append(text(bot.press(id, detail)));
                }
                seen.append(text(bot.press(id, "j:d:" + i)));
            }
            assertThat(seen.toString())
                    .doesNotContainIgnoringCase("P3MI Anda")
                    .doesNotContainIgnoringCase("your P3MI")
                    .doesNotContain("Perusahaan penempatan (P3MI)")
                    .contains("BP3MI NTT");
        }
    }

    /** The override belongs to G to G: a Malaysian factory route still names the agency. */
    @Test
    void aPtoPRouteStillNamesThePersonsAgency() {
        ConversationFixture bot = RouteGuideTests.bot(store, clock);
        bot.press("frans", "j:c:MY");
        bot.press("frans", "j:w:factory");
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            seen.append(text(bot.press("frans", "j:d:" + i)));
        }
        assertThat(seen.toString()).contains("P3MI Anda");
    }

    /**
     * D30. Nona Rina, 24, a nurse, wants to work in a Saudi hospital. The guide must not say there
     * is no legal route at all: the moratorium closes domestic work (FACTS 13.1), and the minister
     * said placement focuses on skilled jobs such as nurses (13.4), with the sources named.
     */
    @Test
    void aNurseGoingToSaudiArabiaHearsThatOnlyDomesticWorkIsClosed() {
        ConversationFixture bot = RouteGuideTests.bot(store, clock);
        List<Reply> works = bot.press("rina", "j:c:SA");
        assertThat(text(works)).doesNotContain("tidak ada jalur resmi");
        assertThat(labels(works))
                .contains("Perawat, hotel, pekerjaan terampil", "Pekerja rumah tangga");

        String skilled = text(bot.press("rina", "j:w:skilled"));
        assertThat(skilled)
                .contains("perawat")
                .contains("pekerja rumah tangga pada majikan perseorangan")
                .contains("SISKOP2MI")
                .contains("tanyakan ke Disnaker Kabupaten Kupang atau KP2MI")
                .contains("Sumber")
                .contains("cnbcindonesia.com");
        assertThat(store.find("rina").map(RouteProgress::work)).isEmpty();

        String domestic = text(bot.press("rina", "j:w:domestic"));
        assertThat(domestic).contains("ditutup").contains("belum dicabut").contains("Sumber");
    }

    static String text(List<Reply> replies) {
        StringBuilder out = new StringBuilder();
        replies.forEach(r -> out.append(r.html()).append('\n'));
        return out.toString();
    }

    static List<String> labels(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r.keyboard().stream())
                .flatMap(List::stream)
                .map(Reply.Button::label)
                .toList();
    }
}
