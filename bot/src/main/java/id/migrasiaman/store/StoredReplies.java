package id.migrasiaman.store;

import id.migrasiaman.conversation.Reply;
import java.util.List;
import org.bson.Document;

/** {@link Reply} lists as BSON, for the turn record kept with a conversation's state. */
final class StoredReplies {

    private StoredReplies() {}

    static List<Document> toDocuments(List<Reply> replies) {
        return replies.stream().map(StoredReplies::toDocument).toList();
    }

    static List<Reply> fromDocuments(List<Document> documents) {
        return documents.stream().map(StoredReplies::fromDocument).toList();
    }

    private static Document toDocument(Reply reply) {
        List<List<Document>> rows =
                reply.keyboard().stream()
                        .map(
                                row ->
                                        row.stream()
                                                .map(
                                                        b ->
                                                                new Document("label", b.label())
                                                                        .append("data", b.data()))
                                                .toList())
                        .toList();
        return new Document("html", reply.html())
                .append("keyboard", rows)
                .append("location", reply.requestLocation());
    }

    @SuppressWarnings("unchecked")
    private static Reply fromDocument(Document d) {
        List<List<Document>> rows = (List<List<Document>>) d.get("keyboard", List.class);
        List<List<Reply.Button>> keyboard =
                rows == null
                        ? List.of()
                        : rows.stream()
                                .map(
                                        row ->
                                                row.stream()
                                                        .map(
                                                                b ->
                                                                        new Reply.Button(
                                                                                b.getString(
                                                                                        "label"),
                                                                                b.getString(
                                                                                        "data")))
                                                        .toList())
                                .toList();
        return new Reply(d.getString("html"), keyboard, d.getBoolean("location", false));
    }
}
