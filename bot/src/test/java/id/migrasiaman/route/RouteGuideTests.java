package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route through the conversation core (as in {@code bot.jar chat}), with progress in a map. */
class RouteGuideTests {

    static final RouteBook BOOK = LiveRoutes.load(RouteContentCopy.CONTENT).book();

    final InMemoryRouteProgress store = new InMemoryRouteProgress();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));

    ConversationFixture bot() {
        return bot(store, clock);
    }

    /** The conversation core with the route guide, its menu entry and its date flow. */
    static ConversationFixture bot(RouteProgressStore store, java.time.Clock clock) {
        ConversationFixture fixture = new ConversationFixture();
        RouteDates dates = new RouteDates(() -> BOOK, store, fixture.texts, clock);
        RouteGuide guide =
                new RouteGuide(
                        () -> BOOK,
                        store,
                        fixture.texts,
                        fixture.menus,
                        clock,
                        4,
                        dates,
                        new GuideInView(ConversationMemory.withDefaults()));
        return fixture.with(guide).with(new RouteMenuEntry(guide)).with(dates);
    }

    @Test
    void malaysiaDomesticWorkIsWalkedToTheEndAndSurvivesARestart() {
        ConversationFixture bot = bot();
        assertThat(labels(bot.send("c1", "/start"))).contains("🧭 Jalur resmi saya");
        assertThat(labels(bot.press("c1", "m:route"))).contains("Malaysia");
        assertThat(labels(bot.press("c1", "j:c:MY"))).contains("Pekerja rumah tangga");
        List<Reply> first = bot.press("c1", "j:w:domestic");
        assertThat(first.get(0).html()).contains("Langkah 1 dari 11");
        assertThat(last(first).html())
                .contains("Cek agensi")
                .contains("🏢 Kantor: Disnaker Kab. Kupang");
        assertThat(labels(first))
                .contains(
                        "✅ Sudah",
                        "Belum, apa yang saya perlu?",
                        "🤔 Saya ragu",
                        "🚨 Lapor calo",
                        "Selengkapnya");

        StringBuilder walked = new StringBuilder(last(first).html());
        for (int i = 0; i < 4; i++) {
            walked.append(last(bot.press("c1", "j:d:" + i)).html());
        }
        // A restart: a new conversation core over the same stored progress.
        ConversationFixture restarted = bot();
        List<Reply> again = restarted.send("c1", "/jalur");
        assertThat(again.get(0).html())
                .contains("Langkah 5 dari 11")
                .contains("✅ Sudah: Cek agensi");
        assertThat(again.get(0).html()).contains("➡️ Berikutnya");
        for (int i = 4; i < 11; i++) {
            Reply step = last(restarted.press("c1", "j:d:" + i));
            walked.append(step.html());
        }
        assertThat(walked.toString())
                .contains("Rp350.000 (PP 45/2024)", "Rp650.000 (PP 45/2024)")
                .contains("Rp37.500 (Permenaker 4/2023")
                .contains("Imigrasi Kupang", "BP3MI NTT", "📄 Bawa: KTP")
                .contains("Pelatihan &amp; sertifikat");
        assertThat(last(restarted.press("c1", "j:d:11")).html()).contains("Semua langkah selesai");
        assertThat(store.find("c1").orElseThrow().done()).hasSize(11);
    }

    /**
     * Agus wants factory work in Taiwan. After registering at Disnaker the guide tells him to get
     * trained and certified (FACTS 1.2, 1.3, 2.2), where to ask, that an LPK may train but not
     * place him, and who may not be charged for it; the first screen stays one phone screen.
     */
    @Test
    void afterRegistrationTheGuideAsksForTrainingAndACompetencyCertificate() {
        ConversationFixture bot = bot();
        bot.press("c7", "j:c:TW");
        bot.press("c7", "j:w:factory");
        bot.press("c7", "j:d:0");
        bot.press("c7", "j:d:1");
        Reply training = last(bot.press("c7", "j:d:2"));
        assertThat(training.html())
                .contains("Langkah 4 dari 11")
                .contains("Pelatihan &amp; sertifikat")
                .contains("🏢 Kantor: Disnaker Kab. Kupang")
                .contains("💰 Biaya resmi");
        assertThat(visible(training.html()).length()).isLessThanOrEqualTo(500);
        assertThat(last(bot.press("c7", "j:n")).html())
                .contains("sebelum membayar LPK mana pun")
                .contains("Belum ada di sumber kami");
        assertThat(last(bot.press("c7", "j:q")).html())
                .contains("LPK dan sekolah boleh melatih, tapi tidak boleh menempatkan");
        assertThat(last(bot.press("c7", "j:m")).html())
                .contains("BLK atau LPK resmi")
                .contains("Perban BP2MI 9/2020")
                .contains("Sumber");
        assertThat(last(bot.press("c7", "j:d:3")).html()).contains("Pemeriksaan kesehatan");
    }

    @Test
    void everyFirstScreenOfEveryRouteFitsOnePhoneScreenAndNamesOfficeAndDocuments() {
        for (RouteBook.Plan plan : BOOK.plans()) {
            for (int i = 0; i < plan.steps().size(); i++) {
                RouteBook.Step step = BOOK.steps().get(plan.steps().get(i));
                for (String lang : List.of("id", "en")) {
                    String html =
                            new StepView(new ConversationFixture().texts, BOOK, lang)
                                    .first(step, i + 1, 10);
                    assertThat(visible(html).length())
                            .as(step.id() + " " + lang)
                            .isLessThanOrEqualTo(500);
                    assertThat(html).contains("🏢").contains("📄");
                }
            }
        }
    }

    @Test
    void notYetShowsDocumentsAndSaysWhomToAskWhereNoSourceGivesTheOffice() {
        ConversationFixture bot = bot();
        bot.press("c2", "j:c:MY");
        bot.press("c2", "j:w:domestic");
        String need = last(bot.press("c2", "j:n")).html();
        assertThat(need)
                .contains("Disnakertrans")
                .contains("Belum ada di sumber kami")
                .contains("0-800-1000");
        bot.press("c2", "j:d:0");
        assertThat(last(bot.press("c2", "j:n")).html()).contains("KTP").contains("Kartu Keluarga");
        String doubt = last(bot.press("c2", "j:q")).html();
        assertThat(doubt).contains("Kenapa ini melindungi Anda").contains("Kata calo");
        String more = last(bot.press("c2", "j:m")).html();
        assertThat(more).contains("Sumber");
    }

    @Test
    void aStaleDoneButtonDoesNotSkipAStepAndBackChangeAndResetWork() {
        ConversationFixture bot = bot();
        bot.press("c3", "j:c:MY");
        bot.press("c3", "j:w:domestic");
        bot.press("c3", "j:d:0");
        assertThat(last(bot.press("c3", "j:d:0")).html()).contains("Langkah 2 dari 11");
        assertThat(last(bot.press("c3", "j:b")).html()).contains("Langkah 1 dari 11");
        assertThat(labels(bot.press("c3", "j:x"))).contains("Hong Kong");
        assertThat(bot.press("c3", "j:r").get(0).html()).contains("dihapus");
        assertThat(store.find("c3")).isEmpty();
    }

    @Test
    void aCountryThatIsNotAPlacementCountryShowsWhyAndNoRoute() {
        String html = bot().press("c4", "j:c:KH").get(0).html();
        assertThat(html).contains("tidak ada jalur resmi").contains("tidak punya kerja sama");
    }

    @Test
    void aJapanInternshipThroughAnLpkSaysOnlyWhatIsSourcedAndWhomToAsk() {
        ConversationFixture bot = bot();
        assertThat(labels(bot.press("c6", "j:c:JP")))
                .contains("Magang (lewat LPK)", "Program pemerintah (G to G)")
                .doesNotContain("Pekerja rumah tangga");
        List<Reply> ask = bot.press("c6", "j:w:internship");
        assertThat(ask).hasSize(1);
        assertThat(ask.get(0).html())
                .contains("belum ada di sumber kami")
                .contains("tanyakan ke Disnaker Kabupaten Kupang atau KP2MI")
                .contains("0-800-1000")
                .doesNotContain("Langkah 1");
        assertThat(labels(ask)).contains("🔄 Pilih pekerjaan lain", "🚨 Lapor calo");
        // Nothing to walk: no route is kept for it, and G to G is one tap away.
        assertThat(store.find("c6").orElseThrow().work()).isNull();
        assertThat(labels(bot.press("c6", "j:c:JP"))).contains("Program pemerintah (G to G)");
        assertThat(bot.press("c6", "j:w:g-to-g").get(0).html()).contains("Langkah 1 dari 11");
    }

    @Test
    void agencyCheckExplainsSiskop2miLicencesLpkAndTheHotline() {
        String html = bot().send("c5", "/cekagensi").get(0).html();
        assertThat(html).contains("SISKOP2MI", "SIP3MI", "SIP2MI", "LPK", "0-800-1000");
    }

    /** What the phone shows: the text without its HTML tags and entities. */
    static String visible(String html) {
        return html.replaceAll("<[^>]+>", "").replaceAll("&[a-z]+;", "x");
    }

    /**
     * "Selengkapnya" showed only the step's title and sources on steps without a longer text (found
     * by a black-box trial): it is offered only where it shows more.
     */
    @Test
    void moreIsOfferedOnlyWhereThereIsMoreToShow() {
        ConversationFixture bot = bot();
        bot.press("c2", "m:route");
        bot.press("c2", "j:c:MY");
        List<Reply> step = bot.press("c2", "j:w:domestic");
        int offered = 0;
        for (int i = 0; i < 10; i++) {
            if (labels(step).contains("Selengkapnya")) {
                offered++;
                String more = last(bot.press("c2", "j:m")).html();
                assertThat(more.split("\n\n")).as(more).hasSizeGreaterThanOrEqualTo(3);
            }
            step = bot.press("c2", "j:d:" + i);
        }
        assertThat(offered).isPositive();
    }

    /**
     * Trial 17 D25 (Maria walks Hong Kong domestic work to the end): the last screen shows Hong
     * Kong's help numbers instead of only saying "keep them"; no step but registration claims
     * "gratis (PP 10/2020)", which FACTS 2.1 cites for registration only: the free steps name the
     * placement-fee rule (UU 18/2017 Pasal 30, FACTS 1.4); and no cost has parentheses inside its
     * basis's parentheses.
     */
    @Test
    void theLastStepShowsTheCountrysNumbersAndNoStepClaimsAnUnsourcedFreeOfCharge() {
        ConversationFixture bot = bot();
        bot.press("c8", "j:c:HK");
        StringBuilder walked = new StringBuilder(last(bot.press("c8", "j:w:domestic")).html());
        Reply end = null;
        for (int i = 0; i < 11; i++) {
            walked.append(last(bot.press("c8", "j:n")).html());
            end = last(bot.press("c8", "j:d:" + i));
            walked.append(end.html());
        }
        assertThat(end.html())
                .contains("Semua langkah selesai")
                .contains("999")
                .contains("+852 6773 0466");
        assertThat(walked.toString())
                .doesNotContain("Biaya resmi: gratis (PP 10/2020)")
                .contains("Pendaftaran CPMI gratis (PP 10/2020)")
                .contains("Biaya penempatan gratis (UU 18/2017 Pasal 30)")
                .doesNotContainPattern("\\([^()]*\\(");
    }

    /**
     * Trial 17 D24: in the chat channel "🔔 Ingatkan saya" answered "only on Telegram" with no
     * button, a dead end; every answer about reminders now leads back to the step.
     */
    @Test
    void aReminderAnswerLeadsBackToTheStep() {
        ConversationFixture bot = bot();
        bot.press("c9", "j:c:MY");
        bot.press("c9", "j:w:domestic");
        List<Reply> unavailable = bot.press("c9", "j:r1");
        assertThat(last(unavailable).html())
                .contains("Pengingat hanya bisa dikirim lewat Telegram");
        assertThat(labels(unavailable)).containsExactly("↩️ Kembali ke langkah");
        assertThat(last(bot.press("c9", "j:s")).html()).contains("Langkah 1 dari 11");
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static List<String> labels(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r.keyboard().stream())
                .flatMap(List::stream)
                .map(Reply.Button::label)
                .toList();
    }
}
