package id.migrasiaman.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import id.migrasiaman.telegram.UpdateFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reporter answers the Satgas: with the "Balas" button or Telegram's own reply, in text or a
 * voice note, while another flow is active. The answer lands in the report, never in that flow.
 */
class SatgasRepliesIntegrationTests extends TelegramChatTest {

    private static final byte[] VOICE = "fake-ogg-voice-note".repeat(30).getBytes();

    @Autowired ReportQueue queue;

    @Autowired ReporterMessages messages;

    @Autowired MongoDatabase database;

    @BeforeEach
    void api() {
        BOT_API.server()
                .stubFor(
                        post(FakeBotApi.method("getFile"))
                                .willReturn(
                                        okJson(
                                                "{\"ok\":true,\"result\":{\"file_id\":\"VOICE1\",\"file_unique_id\":\"uV1\",\"file_size\":"
                                                        + VOICE.length
                                                        + ",\"file_path\":\"voice/file_9.oga\"}}")));
        BOT_API.server()
                .stubFor(
                        get(urlPathEqualTo("/file/bot" + FakeBotApi.TOKEN + "/voice/file_9.oga"))
                                .willReturn(aResponse().withBody(VOICE)));
    }

    @Test
    void balasTakesTheAnswerAwayFromTheStoryAndTheStoryGoesOn() {
        long chat = 770_001;
        String code = reportWithContact(chat);
        BotConversation reporter = new BotConversation(BOT_API, chat);
        reporter.press("m:story");
        reporter.press("s:start");
        reporter.press("s:c:MY");
        assertThat(text(reporter.press("s:r:LEGAL"))).contains("Ceritakan");

        int before = reporter.sent().size();
        assertThat(messages.send(code, "staff-1", "Di mana penampungannya?"))
                .isEqualTo(ReporterMessages.Outcome.SENT);
        // The staff message leaves through the outbound queue, a moment later.
        await().atMost(Duration.ofSeconds(10)).until(() -> reporter.sent().size() > before);
        JsonNode staffMessage = reporter.sent().get(before);
        assertThat(staffMessage.path("text").asText())
                .contains("Satgas — " + code)
                .contains("Di mana penampungannya?")
                .contains("Balas");
        assertThat(BotConversation.buttonData(staffMessage)).containsExactly("sb:" + code);
        queue.markSeen(code);

        assertThat(text(reporter.press("sb:" + code))).contains("Tulis jawaban").contains(code);
        String answered = text(reporter.say("Penampungan di Oesao, rumah cat hijau dekat pasar"));
        assertThat(answered).contains("diteruskan ke Satgas").contains("lanjutkan");
        assertThat(answered).doesNotContain("Tercatat");

        Report report = queue.find(code).orElseThrow();
        assertThat(report.newInfo()).isTrue();
        assertThat(report.messages())
                .anySatisfy(m -> assertThat(m.text()).contains("rumah cat hijau"));

        assertThat(text(reporter.say("Saya kerja di kebun sawit, gaji tidak dibayar")))
                .contains("Tercatat");
        reporter.press("s:done");
        reporter.press("s:skip");
        reporter.press("s:pub:no");
        List<Document> stories = database.getCollection("stories").find().into(new ArrayList<>());
        assertThat(stories).isNotEmpty();
        assertThat(stories).noneMatch(s -> s.toJson().contains("rumah cat hijau"));
    }

    @Test
    void aTelegramReplyWithAVoiceNoteIsAddedAsEvidenceWhileAReportIsBeingWritten() {
        long chat = 770_002;
        String code = reportWithContact(chat);
        BotConversation reporter = new BotConversation(BOT_API, chat);
        assertThat(text(reporter.say("/lapor"))).contains("Apa yang terjadi");
        queue.markSeen(code);

        List<JsonNode> replies =
                reporter.deliver(
                        UpdateFixtures.replyToBot(
                                chat,
                                "📩 Satgas — " + code + "\nAda rekaman suara calonya?",
                                "\"voice\":{\"duration\":3,\"mime_type\":\"audio/ogg\",\"file_id\":\"VOICE1\","
                                        + "\"file_unique_id\":\"uV1\",\"file_size\":"
                                        + VOICE.length
                                        + "}"));
        assertThat(text(replies)).contains("diteruskan ke Satgas").contains(code);

        Report report = queue.find(code).orElseThrow();
        assertThat(report.newInfo()).isTrue();
        assertThat(report.evidence()).hasSize(1);
        assertThat(report.evidence().get(0).size()).isEqualTo(VOICE.length);

        // The report being written is still at its first question.
        assertThat(text(reporter.say("Ada om yang janji kerja di Malaysia")))
                .contains("Siapa orangnya");
    }

    @Test
    void aTelegramReplyInTextGoesToItsReport() {
        long chat = 770_003;
        String code = reportWithContact(chat);
        BotConversation reporter = new BotConversation(BOT_API, chat);
        List<JsonNode> replies =
                reporter.deliver(
                        UpdateFixtures.replyToBot(
                                chat,
                                "📩 Satgas — " + code + "\nKapan dia datang?",
                                "\"text\":\"Hari Senin pagi, pakai motor merah\""));
        assertThat(text(replies)).contains("diteruskan ke Satgas");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(
                        m -> assertThat(m.text()).contains("[reply to Satgas] Hari Senin pagi"));
    }

    private String reportWithContact(long chat) {
        ReportDraft draft =
                ReportDraft.builder("satgas-test:" + chat + ":" + System.nanoTime(), "telegram")
                        .reporter("pseudo-" + chat, "id")
                        .what("Ada calo di desa bawa anak muda ke Batam", null)
                        .messages(List.of("Ada calo di desa bawa anak muda ke Batam"))
                        .contact(ReporterContact.of("tg:" + chat))
                        .build();
        return queue.submit(draft).code();
    }
}
