package id.migrasiaman.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;

/** The MongoDB client: to {@code MONGODB_URI} if set, otherwise to the embedded server. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongo embeddedMongo(StoreSettings settings, Environment env) {
        if (!settings.embedded()) {
            return null;
        }
        EmbeddedStoreWarning.warnIfTelegram(env);
        return settings.embeddedBackend() == StoreSettings.EmbeddedBackend.MEMORY
                ? EmbeddedMongo.inMemory()
                : EmbeddedMongo.onFile(
                        settings.dataDir(),
                        settings.embeddedPort(),
                        new EmbeddedMongo.Pages(
                                settings.embeddedCacheMb(), settings.embeddedPageKb()));
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(
            StoreSettings settings, ObjectProvider<EmbeddedMongo> embedded, MeterRegistry meters) {
        String uri;
        if (settings.embedded()) {
            uri = embedded.getObject().connectionString();
        } else {
            uri = settings.uri();
            log.info("Storage: external MongoDB (MONGODB_URI), database {}", settings.database());
        }
        MongoClientSettings clientSettings =
                MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(uri))
                        .writeConcern(
                                settings.embedded()
                                        ? WriteConcern.ACKNOWLEDGED
                                        : WriteConcern.MAJORITY.withJournal(true))
                        .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                        .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS))
                        .addCommandListener(new CommandCounts(meters))
                        .build();
        return MongoClients.create(clientSettings);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreSettings settings) {
        return client.getDatabase(settings.database());
    }

    /**
     * A group commit on the embedded file; nothing to do on a replica set (write concern majority
     * with journal) or in memory.
     */
    @Bean
    @DependsOn("embeddedMongo")
    Durability durability(
            ObjectProvider<EmbeddedMongo> embedded, StoreSettings settings, MeterRegistry meters) {
        EmbeddedMongo server = embedded.getIfAvailable();
        if (server == null || !server.onDisk()) {
            return () -> {};
        }
        return new GroupCommit(server, settings.groupCommitWindow(), Duration.ofSeconds(1), meters);
    }
}
