package id.migrasiaman.route;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.route.RouteBook.Plan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gentle reminders for people who asked for them: one after {@code after} without progress, again
 * at most every {@code after}; none at night in Kupang (21:00-07:00 WITA), at most {@code batch}
 * per sweep so Telegram's limits hold, and never again to a chat that blocked the bot.
 */
final class Reminders {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final RouteProgressStore store;
    private final ReminderChannel channel;
    private final Supplier<RouteBook> books;
    private final Texts texts;
    private final Clock clock;
    private final Duration after;
    private final int batch;

    Reminders(
            RouteProgressStore store,
            ReminderChannel channel,
            Supplier<RouteBook> books,
            Texts texts,
            Clock clock,
            Duration after,
            int batch) {
        this.store = store;
        this.channel = channel;
        this.books = books;
        this.texts = texts;
        this.clock = clock;
        this.after = after;
        this.batch = batch;
    }

    static boolean quietNight(Instant now) {
        LocalTime local = now.atZone(WITA).toLocalTime();
        return !local.isBefore(LocalTime.of(21, 0)) || local.isBefore(LocalTime.of(7, 0));
    }

    /** Sends the reminders that are due now; returns how many went out. */
    int sweep() {
        Instant now = clock.instant();
        if (quietNight(now)) {
            return 0;
        }
        int sent = 0;
        for (RouteProgress p : store.quietSince(now.minus(after), batch)) {
            if (p.lastReminder() != null && p.lastReminder().isAfter(now.minus(after))) {
                continue;
            }
            Optional<String> step = currentTitle(p);
            if (step.isEmpty() || p.address() == null) {
                continue;
            }
            ReminderChannel.Delivery result =
                    channel.deliver(
                            p.address(),
                            Reply.text(texts.get("id", "route.remind.text", step.get())));
            switch (result) {
                case SENT -> {
                    store.save(p.reminded(now));
                    sent++;
                }
                case BLOCKED -> store.save(p.markBlocked());
                case FAILED ->
                        log.info(
                                "A route reminder could not be delivered; it is tried again next sweep");
            }
        }
        return sent;
    }

    private Optional<String> currentTitle(RouteProgress p) {
        if (p.work() == null) {
            return Optional.empty();
        }
        RouteBook book = books.get();
        Optional<Plan> plan = book.plan(p.country(), p.work());
        if (plan.isEmpty() || p.position() >= plan.get().steps().size()) {
            return Optional.empty();
        }
        List<String> steps = plan.get().steps();
        return Optional.of(
                id.migrasiaman.conversation.Html.escape(
                        book.steps().get(steps.get(p.position())).title().in("id")));
    }
}
