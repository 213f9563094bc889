package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions, topics, feedback and the offer checker, through Telegram updates. */
class AnswersIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;

    @Autowired QuestionResponder questions;

    @Autowired AnswerReplies replies;

    @Autowired UnansweredQuestions unanswered;

    @Test
    void questionGetsSourcedAnswerWithFeedbackAndRelatedButtons() {
        BotConversation user = new BotConversation(BOT_API, 730_001);
        List<JsonNode> replies = user.say("Syarat jadi PMI ke Hongkong apa saja?");
        JsonNode last = replies.get(replies.size() - 1);
        assertThat(last.path("text").asText())
                .contains("Apakah jawaban ini membantu?")
                .contains("Sumber:");
        List<String> data = BotConversation.buttonData(last);
        assertThat(data).anyMatch(d -> d.startsWith("fb:") && d.endsWith(":up"));
        assertThat(data).anyMatch(d -> d.startsWith("t:"));

        String up =
                data.stream()
                        .filter(d -> d.startsWith("fb:") && d.endsWith(":up"))
                        .findFirst()
                        .orElseThrow();
        String topic = up.substring(3, up.length() - 3);
        assertThat(user.press(up).get(0).path("text").asText()).contains("Terima kasih");
        Document total =
                database.getCollection("feedback").find(new Document("_id", topic + ":id")).first();
        assertThat(total).isNotNull();
        assertThat(total.getInteger("up")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void topicsCommandListsEveryTopicAsAButton() {
        BotConversation user = new BotConversation(BOT_API, 730_002);
        JsonNode menu = user.say("/topik").get(0);
        List<String> data = BotConversation.buttonData(menu);
        assertThat(data.stream().filter(d -> d.startsWith("t:")))
                .hasSizeGreaterThanOrEqualTo(28)
                .contains("t:legal-steps", "t:hotlines", "t:help-abroad", "t:uang-sirih");
        assertThat(data).contains("s:read:0");
        List<String> labels = new java.util.ArrayList<>();
        menu.path("reply_markup")
                .path("inline_keyboard")
                .forEach(
                        row ->
                                row.forEach(
                                        b -> {
                                            if (b.path("callback_data").asText().startsWith("t:")) {
                                                labels.add(b.path("text").asText());
                                            }
                                        }));
        assertThat(labels).as("topic buttons fit a phone").allMatch(l -> l.length() <= 30);
        String answer = user.press("t:passport").get(0).path("text").asText();
        assertThat(answer).contains("<b>");
    }

    @Test
    void offerCheckFindsRedFlagsAndOffersToReport() {
        BotConversation user = new BotConversation(BOT_API, 730_003);
        user.press("m:offer");
        List<JsonNode> replies =
                user.say(
                        "Sa ditawari kerja di Malaysia, berangkat lewat Batam pakai visa turis, berangkat 3 hari lagi");
        String text = replies.get(0).path("text").asText();
        assertThat(text).contains("tanda bahaya").contains("🚩");
        assertThat(BotConversation.buttonData(replies.get(0))).contains("r:fromoffer", "s:read:0");
        String report =
                user.press("r:fromoffer").stream()
                        .map(r -> r.path("text").asText())
                        .reduce("", String::concat);
        assertThat(report).contains("Siapa orangnya");
    }

    @Test
    void anOfferWithoutKnownSignsIsNeverCalledSafe() {
        BotConversation user = new BotConversation(BOT_API, 730_005);
        user.press("m:offer");
        String text =
                user.say("Ada tawaran kerja jadi perawat lansia di Taiwan.")
                        .get(0)
                        .path("text")
                        .asText();
        assertThat(text)
                .contains("sebagian", "bukan berarti tawaran ini aman", "SISKOP2MI")
                .contains("perjanjian kerja tertulis", "visa kerja", "biaya resmi", "dipegang")
                .contains("0-800-1000")
                .doesNotContain("🚩", "tidak menemukan tanda bahaya");
    }

    @Test
    void theModelsFlagsReachTheOfferCheck() {
        BotConversation user = new BotConversation(BOT_API, 730_006);
        user.press("m:offer");
        String text =
                user.say("umur beta baru 16, ada yang ajak karja di rumah makan di Malaysia")
                        .get(0)
                        .path("text")
                        .asText();
        assertThat(text).contains("🚩").contains("Di bawah 18 tahun");
        // A child being recruited is told whom to tell now (found by a black-box trial: a
        // 16-year-old DMed on TikTok got no such advice).
        assertThat(text).contains("orang tua atau guru").contains("SAPA 129");
    }

    @Test
    void aQuestionNotAboutWorkingAbroadIsNotAnsweredFromTheTopics() {
        var turnMessage = IncomingMessage.ofText("c-local", "u", "syarat bikin paspor apa saja");
        var replies =
                questions.respond(
                        new id.migrasiaman.conversation.TestTurns()
                                .turn(turnMessage, ConversationState.fresh("c-local", "id")),
                        new Analysis(
                                "syarat bikin paspor apa saja",
                                "id",
                                Intent.PROCEDURE_QUESTION,
                                0.9,
                                Entities.NONE,
                                false,
                                0.1,
                                List.of()));
        assertThat(replies.get(0).html()).contains("belum punya jawaban");
    }

    @Test
    void askingHowToReportOffersTheReportAndTheTopic() {
        BotConversation user = new BotConversation(BOT_API, 730_004);
        List<JsonNode> replies =
                user.say(
                        "Ada calo di kampung rekrut anak2 ke Malaysia, bagaimana cara melaporkan calo?");
        // A question: the answer about reporting a broker, with the way into a report under it.
        List<String> data = BotConversation.buttonData(replies.get(replies.size() - 1));
        assertThat(data).contains("m:report", "fb:report-broker:up");
    }

    @Test
    void abstainedQuestionIsKeptForEditors() {
        long before = database.getCollection("unanswered").countDocuments();
        var turnMessage = IncomingMessage.ofText("c-abstain", "u", "qwertyuiop zxcvb plokij");
        var replies =
                questions.respond(
                        new id.migrasiaman.conversation.TestTurns()
                                .turn(turnMessage, ConversationState.fresh("c-abstain", "id")),
                        new Analysis(
                                "qwertyuiop zxcvb plokij",
                                "id",
                                Intent.PROCEDURE_QUESTION,
                                0.5,
                                Entities.NONE));
        assertThat(replies.get(0).html()).contains("belum punya jawaban");
        assertThat(database.getCollection("unanswered").countDocuments()).isEqualTo(before + 1);
    }

    @Test
    void abstentionOffersTheNearestTopicsWhenThereAreAny() {
        Retrieval nearOnly =
                new Retrieval() {
                    @Override
                    public Optional<TopicMatch> match(String text) {
                        return Optional.empty();
                    }

                    @Override
                    public List<TopicMatch> suggestions(String text, int limit) {
                        return List.of(
                                        new TopicMatch("social-security", 0.1),
                                        new TopicMatch("documents", 0.08),
                                        new TopicMatch("passport", 0.07),
                                        new TopicMatch("costs", 0.06))
                                .subList(0, limit);
                    }
                };
        QuestionResponder responder =
                new QuestionResponder(nearOnly, replies, unanswered, java.time.Clock.systemUTC());
        var message = IncomingMessage.ofText("c-near", "u", "kartu bpjs bapak hilang");

        var reply =
                responder
                        .respond(
                                new id.migrasiaman.conversation.TestTurns()
                                        .turn(message, ConversationState.fresh("c-near", "id")),
                                new Analysis(
                                        "kartu bpjs bapak hilang",
                                        "id",
                                        Intent.PROCEDURE_QUESTION,
                                        0.7,
                                        Entities.NONE))
                        .get(0);

        assertThat(reply.html()).contains("belum punya jawaban").contains("0-800-1000");
        assertThat(reply.keyboard().stream().flatMap(List::stream).map(Reply.Button::data))
                .containsExactly(
                        "t:social-security", "t:documents", "t:passport", "m:learn", "m:menu");
    }
}
