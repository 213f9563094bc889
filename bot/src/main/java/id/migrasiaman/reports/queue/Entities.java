package id.migrasiaman.reports.queue;

import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.brokers.BrokerNames;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The entities of a report as one typed list ({@code type}, {@code value}), so the console can
 * search phones, names, handles and countries the same way.
 */
final class Entities {

    private Entities() {}

    static List<Document> of(ReportDraft d) {
        List<Document> entities = new ArrayList<>();
        d.phones().forEach(p -> entities.add(entity("phone", p)));
        String name = BrokerNames.normalise(d.who());
        if (!name.isEmpty()) {
            entities.add(entity("name", name));
        }
        d.socialMedia().forEach(s -> entities.add(entity("social", s)));
        d.destinations().forEach(c -> entities.add(entity("country", c)));
        return entities;
    }

    private static Document entity(String type, String value) {
        return new Document("type", type).append("value", value);
    }
}
