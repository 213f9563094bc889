package id.migrasiaman.answers;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * 👍/👎 under an answer: counted per topic and language in {@code feedback}, one vote per
 * conversation and topic (a second press changes the vote) kept in {@code feedback_votes}.
 */
@Component
class AnswerFeedback implements TypedButtonAction<AnswerFeedback.Vote> {

    private final MongoCollection<Document> totals;
    private final MongoCollection<Document> votes;
    private final Texts texts;
    private final Clock clock;

    AnswerFeedback(MongoDatabase database, Texts texts, Clock clock) {
        this.totals = database.getCollection("feedback");
        this.votes = database.getCollection("feedback_votes");
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return AnswerReplies.FEEDBACK;
    }

    /** A vote on {@code topic}'s answer. */
    record Vote(String topic, boolean helpful) {}

    private static final Pattern VOTE = Pattern.compile("([A-Za-z0-9_.-]{1,50}):(up|down)");

    @Override
    public Optional<Vote> parse(String value) {
        Matcher m = VOTE.matcher(value);
        return m.matches()
                ? Optional.of(new Vote(m.group(1), "up".equals(m.group(2))))
                : Optional.empty();
    }

    @Override
    public List<Reply> pressed(Turn turn, Vote vote) {
        String topic = vote.topic();
        boolean helpful = vote.helpful();
        record(turn.message().conversationId(), topic, turn.language(), helpful);
        return List.of(
                Reply.text(
                        texts.get(
                                turn.language(),
                                helpful ? "feedback.thanks.up" : "feedback.thanks.down")));
    }

    void record(String conversationId, String topic, String language, boolean helpful) {
        String voteId = conversationId + ":" + topic;
        Document previous =
                votes.findOneAndReplace(
                        eq("_id", voteId),
                        new Document("_id", voteId)
                                .append("topic", topic)
                                .append("helpful", helpful)
                                .append("at", Date.from(clock.instant())),
                        new com.mongodb.client.model.FindOneAndReplaceOptions().upsert(true));
        if (previous != null && previous.getBoolean("helpful", false) == helpful) {
            return;
        }
        var inc =
                Updates.combine(
                        Updates.inc(helpful ? "up" : "down", 1),
                        Updates.set("updatedAt", Date.from(clock.instant())));
        if (previous != null) {
            inc = Updates.combine(inc, Updates.inc(helpful ? "down" : "up", -1));
        }
        totals.updateOne(
                eq("_id", topic + ":" + language),
                Updates.combine(
                        inc, Updates.set("topic", topic), Updates.set("language", language)),
                new UpdateOptions().upsert(true));
    }
}
