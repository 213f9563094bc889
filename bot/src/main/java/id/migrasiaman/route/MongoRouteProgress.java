package id.migrasiaman.route;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import id.migrasiaman.route.RouteProgress.Appointment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Progress in the {@code route_progress} collection, one document per conversation. */
final class MongoRouteProgress implements RouteProgressStore {

    private final MongoCollection<Document> collection;

    MongoRouteProgress(MongoDatabase database) {
        this.collection = database.getCollection("route_progress");
    }

    @Override
    public Optional<RouteProgress> find(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first())
                .map(MongoRouteProgress::from);
    }

    @Override
    public void save(RouteProgress p) {
        Document doc =
                new Document("_id", p.id())
                        .append("country", p.country())
                        .append("work", p.work())
                        .append("position", p.position())
                        .append("done", p.done())
                        .append("remind", p.remind())
                        .append("address", p.address())
                        .append("lastProgress", date(p.lastProgress()))
                        .append("lastReminder", date(p.lastReminder()))
                        .append("blocked", p.blocked())
                        .append("language", p.language())
                        .append(
                                "appointments",
                                p.appointments().stream()
                                        .map(MongoRouteProgress::document)
                                        .toList());
        collection.replaceOne(eq("_id", p.id()), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public void delete(String id) {
        collection.deleteOne(eq("_id", id));
    }

    @Override
    public List<RouteProgress> quietSince(Instant before, int limit) {
        return collection
                .find(
                        and(
                                eq("remind", true),
                                ne("blocked", true),
                                lt("lastProgress", Date.from(before)),
                                or(
                                        eq("lastReminder", null),
                                        lt("lastReminder", Date.from(before)))))
                .limit(limit)
                .map(MongoRouteProgress::from)
                .into(new ArrayList<>());
    }

    @Override
    public List<RouteProgress> appointmentsOn(LocalDate day, int limit) {
        return collection
                .find(
                        and(
                                eq("remind", true),
                                ne("blocked", true),
                                elemMatch(
                                        "appointments",
                                        and(eq("date", day.toString()), eq("reminded", false)))))
                .limit(limit)
                .map(MongoRouteProgress::from)
                .into(new ArrayList<>());
    }

    private static Document document(Appointment a) {
        return new Document("step", a.step())
                .append("date", a.date().toString())
                .append("setAt", date(a.setAt()))
                .append("reminded", a.reminded());
    }

    private static Appointment appointment(Document d) {
        return new Appointment(
                d.getString("step"),
                LocalDate.parse(d.getString("date")),
                instant(d.getDate("setAt")),
                d.getBoolean("reminded", false));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static RouteProgress from(Document d) {
        return new RouteProgress(
                d.getString("_id"),
                d.getString("country"),
                d.getString("work"),
                d.getInteger("position", 0),
                d.getList("done", String.class, List.of()),
                d.getBoolean("remind", false),
                d.getString("address"),
                instant(d.getDate("lastProgress")),
                instant(d.getDate("lastReminder")),
                d.getBoolean("blocked", false),
                d.getString("language"),
                d.getList("appointments", Document.class, List.of()).stream()
                        .map(MongoRouteProgress::appointment)
                        .toList());
    }
}
