package id.migrasiaman.route;

import com.mongodb.client.MongoDatabase;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.system.ChatReachability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.function.SingletonSupplier;

/** Wires the route guide: live content, MongoDB progress, the commands and buttons, reminders. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RouteSettings.class)
class RouteConfiguration {

    /**
     * Loaded on a bootstrap thread while the rest of the context starts (the application is not
     * started, and not ready, before it is loaded); its users take it when they first need it.
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    LiveRoutes liveRoutes(
            @Value("${migrasi.content.dir:./content}") Path dir,
            @Value("${migrasi.content.reload-interval:2s}") Duration interval) {
        Path parent = Path.of("..").resolve(dir);
        // Maven runs a module's tests from bot/, so a relative directory is also looked for one up.
        Path resolved =
                !dir.isAbsolute() && !Files.isDirectory(dir) && Files.isDirectory(parent)
                        ? parent.normalize()
                        : dir;
        return new LiveRoutes(resolved, interval);
    }

    @Bean
    RouteProgressStore routeProgress(MongoDatabase database) {
        return new MongoRouteProgress(database);
    }

    @Bean
    RouteDates routeDates(
            ObjectProvider<LiveRoutes> routes, RouteProgressStore store, Texts texts, Clock clock) {
        return new RouteDates(books(routes), store, texts, clock);
    }

    @Bean
    RouteGuide routeGuide(
            ObjectProvider<LiveRoutes> routes,
            RouteProgressStore store,
            Texts texts,
            Menus menus,
            Clock clock,
            RouteSettings settings,
            RouteDates dates,
            GuideInView inView) {
        return new RouteGuide(
                books(routes),
                store,
                texts,
                menus,
                clock,
                (int) settings.remindAfter().toDays(),
                dates,
                inView);
    }

    @Bean
    GuideResumed routeGuideResumed(RouteGuide guide) {
        return new GuideResumed(guide);
    }

    @Bean
    GuideInView routeGuideInView(ConversationMemory memory) {
        return new GuideInView(memory);
    }

    @Bean
    GuideClosing routeGuideClosing(GuideInView inView, Clock clock) {
        return new GuideClosing(inView, clock);
    }

    @Bean
    GuideQuestions routeGuideQuestions(
            ObjectProvider<LiveRoutes> routes,
            RouteProgressStore store,
            GuideInView inView,
            Retrieval retrieval,
            Texts texts,
            Menus menus,
            Clock clock) {
        return new GuideQuestions(books(routes), store, inView, retrieval, texts, menus, clock);
    }

    @Bean
    TypedChoice routeTypedChoice(
            RouteGuide guide, RouteProgressStore store, GuideInView inView, Clock clock) {
        return new TypedChoice(guide, store, inView, clock);
    }

    @Bean
    OfficeQuestions routeOfficeQuestions(
            ObjectProvider<LiveRoutes> routes, Texts texts, Menus menus) {
        return new OfficeQuestions(books(routes), texts, menus);
    }

    @Bean
    RouteMenuEntry routeMenuEntry(RouteGuide guide) {
        return new RouteMenuEntry(guide);
    }

    /**
     * Reminders go through the channel that knows whether the chat blocked the bot (Telegram's
     * {@code telegram_chats}); without such a channel (local mode) nothing is sent.
     */
    @Bean
    ReminderChannel routeReminderChannel(ObjectProvider<ChatReachability> channels) {
        return (address, key, reminder) ->
                channels.orderedStream()
                        .filter(c -> c.handles(address))
                        .findFirst()
                        .map(
                                c ->
                                        switch (c.sendIfReachable(address, key, reminder)) {
                                            case QUEUED -> ReminderChannel.Delivery.SENT;
                                            case BLOCKED -> ReminderChannel.Delivery.BLOCKED;
                                            case UNSUPPORTED -> ReminderChannel.Delivery.FAILED;
                                        })
                        .orElse(ReminderChannel.Delivery.FAILED);
    }

    @Bean
    Reminders routeReminders(
            ObjectProvider<LiveRoutes> routes,
            RouteProgressStore store,
            ReminderChannel channel,
            Texts texts,
            Clock clock,
            RouteSettings settings) {
        return new Reminders(
                store,
                channel,
                books(routes),
                texts,
                clock,
                settings.remindAfter(),
                settings.reminderBatch());
    }

    /** The current route book, from the live routes once they are loaded. */
    private static Supplier<RouteBook> books(ObjectProvider<LiveRoutes> routes) {
        Supplier<LiveRoutes> live = SingletonSupplier.of(routes::getObject);
        return () -> live.get().current();
    }

    @Bean
    ReminderJob routeReminderJob(Reminders reminders) {
        return new ReminderJob(reminders);
    }

    /** Runs the sweep on Spring's scheduler. */
    static final class ReminderJob {
        private final Reminders reminders;

        ReminderJob(Reminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(
                fixedDelayString = "${migrasi.route.reminder-sweep:PT15M}",
                initialDelayString = "PT5M")
        void sweep() {
            try {
                reminders.sweep();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ReminderJob.class)
                        .warn("Route reminders failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
