package id.migrasiaman.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component {@code mongo}: a ping through the driver. */
@Component("mongo")
class MongoHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;
    private final StoreSettings settings;

    MongoHealthIndicator(MongoDatabase database, StoreSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up()
                    .withDetail("mode", settings.embedded() ? "embedded" : "external")
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
