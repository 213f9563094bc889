package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.store.Durability;
import id.migrasiaman.store.StoreSettings;
import id.migrasiaman.system.Sealer;
import id.migrasiaman.telegram.inbox.AcceptFirst;
import id.migrasiaman.telegram.inbox.Inbox;
import id.migrasiaman.telegram.inbox.InboxSpool;
import id.migrasiaman.telegram.inbox.InboxStore;
import id.migrasiaman.telegram.inbox.Instance;
import id.migrasiaman.telegram.inbox.TransportSettings;
import id.migrasiaman.telegram.inbox.UrgentLanes;
import id.migrasiaman.telegram.outbound.BotApiSender;
import id.migrasiaman.telegram.outbound.MessageDelivered;
import id.migrasiaman.telegram.outbound.Outbound;
import id.migrasiaman.telegram.outbound.OutboundStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client, the inbox and the outbound queue, only when a token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfiguration {

    @Bean
    OkHttpClient telegramHttp(TelegramSettings settings) {
        long readSeconds = settings.pollTimeout().getSeconds() + 15;
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readSeconds, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    TelegramUrl telegramUrl(TelegramSettings settings) {
        URI uri = settings.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient http, TelegramSettings settings, TelegramUrl url) {
        return new OkHttpTelegramClient(http, settings.token(), url);
    }

    @Bean
    Instance transportInstance(TransportSettings settings, Environment env) {
        return Instance.of(settings.instanceId(), env.getProperty("server.port", Integer.class, 0));
    }

    @Bean
    InboxStore inboxStore(MongoDatabase database, Clock clock) {
        return new InboxStore(database, clock);
    }

    @Bean
    UrgentLanes urgentLanes(Clock clock) {
        return new UrgentLanes(clock);
    }

    /** The burst duty cycle, shared by the inbox (relay, handling) and the senders. */
    @Bean
    AcceptFirst acceptFirst(TransportSettings settings) {
        return new AcceptFirst(settings.burstShare());
    }

    @Bean(destroyMethod = "close")
    Inbox inbox(
            InboxStore store,
            StoreSettings storeSettings,
            Durability durability,
            UpdateIntake intake,
            TransportSettings settings,
            Instance instance,
            UrgentLanes urgent,
            AcceptFirst acceptFirst,
            Clock clock,
            MeterRegistry meters) {
        return new Inbox(
                store,
                new InboxSpool(storeSettings.dataDir().resolve("inbox")),
                durability.local() ? storeSettings.dataDir().resolve("inbox") : null,
                durability::flush,
                intake,
                settings,
                instance.name(),
                instance.owner(),
                clock,
                urgent,
                acceptFirst,
                meters);
    }

    @Bean
    BotApiSender botApiSender(
            OkHttpClient http, TelegramSettings settings, ObjectMapper telegramObjectMapper) {
        // Sends must not wait as long as a long poll does.
        OkHttpClient sending =
                http.newBuilder()
                        .readTimeout(20, TimeUnit.SECONDS)
                        .writeTimeout(10, TimeUnit.SECONDS)
                        .build();
        return new BotApiSender(sending, settings.apiUrl(), settings.token(), telegramObjectMapper);
    }

    @Bean(destroyMethod = "close")
    Outbound outbound(
            MongoDatabase database,
            BotApiSender api,
            Sealer sealer,
            Durability durability,
            StoreSettings storeSettings,
            TransportSettings settings,
            Instance instance,
            ApplicationEventPublisher events,
            AcceptFirst acceptFirst,
            UrgentLanes urgent,
            Clock clock,
            MeterRegistry meters) {
        return new Outbound(
                new OutboundStore(database, clock),
                api,
                sealer,
                durability,
                durability.local() ? storeSettings.dataDir().resolve("outbound") : null,
                settings,
                instance,
                entry -> events.publishEvent(new MessageDelivered(entry.kind(), entry.ref())),
                clock,
                acceptFirst,
                urgent,
                meters);
    }

    /**
     * The webhook, ahead of every other filter and answering itself (see {@link
     * WebhookController}); in a context without a web server this bean is inert.
     */
    @Bean
    @Conditional(TelegramWebhook.class)
    FilterRegistrationBean<WebhookController> webhookEndpoint(
            TelegramSettings settings,
            UpdateAcceptor acceptor,
            PollingHealth health,
            MeterRegistry meters) {
        FilterRegistrationBean<WebhookController> registration =
                new FilterRegistrationBean<>(
                        new WebhookController(settings, acceptor, health, meters));
        registration.addUrlPatterns(WebhookController.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ObjectMapper telegramObjectMapper() {
        // Jackson 2, as TelegramBots uses it; Boot's own Jackson 3 mapper is separate.
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
