package id.migrasiaman.route;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.route.RouteBook.Step;
import id.migrasiaman.route.RouteProgress.Appointment;
import id.migrasiaman.system.Wita;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gentle reminders for people who asked for them, in their language: the day before a date they
 * gave for a step, and one after {@code after} without progress (again at most every {@code after},
 * and not while a date for the current step is still ahead). None at night in Kupang (21:00-07:00
 * WITA), at most {@code batch} per sweep so Telegram's limits hold, and none ever again to a chat
 * that blocked the bot.
 */
final class Reminders {

    static final ZoneId WITA = Wita.ZONE;
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
        int sent = appointments(now, batch);
        return sent + nudges(now, batch - sent);
    }

    /** The day before a date: "Besok: pemeriksaan kesehatan". */
    private int appointments(Instant now, int limit) {
        LocalDate today = now.atZone(WITA).toLocalDate();
        LocalDate tomorrow = today.plusDays(1);
        int sent = 0;
        for (RouteProgress p : store.appointmentsOn(tomorrow, limit)) {
            for (Appointment a : p.appointments()) {
                if (!a.date().equals(tomorrow) || a.reminded() || p.address() == null) {
                    continue;
                }
                Step step = books.get().steps().get(a.step());
                boolean wanted = step != null && step.appointment() != null;
                boolean sendIt = wanted && !p.done().contains(a.step());
                Appointment handled = new Appointment(a.step(), a.date(), a.setAt(), true);
                if (!sendIt) {
                    p = p.withAppointment(a.step(), handled);
                    store.save(p);
                    continue;
                }
                String lang = p.language();
                String html =
                        texts.get(
                                lang,
                                "route.remind.date",
                                Html.escape(step.appointment().in(lang)),
                                RouteDates.spelled(a.date(), lang),
                                Html.escape(step.title().in(lang)));
                String key = p.id() + ":date:" + a.step() + ":" + a.date();
                Optional<RouteProgress> delivered = deliver(p, key, html);
                if (delivered.isEmpty()) {
                    break;
                }
                p = delivered.get().withAppointment(a.step(), handled);
                store.save(p);
                sent++;
            }
        }
        return sent;
    }

    /** After some quiet days: "Sudah sempat lanjut?". */
    private int nudges(Instant now, int limit) {
        if (limit <= 0) {
            return 0;
        }
        LocalDate today = now.atZone(WITA).toLocalDate();
        int sent = 0;
        for (RouteProgress p : store.quietSince(now.minus(after), limit)) {
            Optional<Step> step = RouteGuide.current(books.get(), p);
            if (step.isEmpty() || p.address() == null) {
                continue;
            }
            boolean waiting =
                    p.appointment(step.get().id())
                            .filter(a -> !a.date().isBefore(today))
                            .isPresent();
            if (waiting) {
                // The person is waiting for a date they gave: no nudge; look again after `after`.
                store.save(p.reminded(now));
                continue;
            }
            Instant since = p.lastReminder() == null ? p.lastProgress() : p.lastReminder();
            String html =
                    texts.get(
                            p.language(),
                            "route.remind.text",
                            Html.escape(step.get().title().in(p.language())));
            Optional<RouteProgress> delivered = deliver(p, p.id() + ":nudge:" + since, html);
            if (delivered.isPresent()) {
                store.save(delivered.get().reminded(now));
                sent++;
            }
        }
        return sent;
    }

    /** The progress after a delivery, or empty when it did not go out. */
    private Optional<RouteProgress> deliver(RouteProgress p, String key, String html) {
        String lang = p.language();
        Reply reminder =
                Reply.withButtons(
                        html,
                        List.of(
                                List.of(new Button(texts.get(lang, "route.btn.open"), Menus.ROUTE)),
                                List.of(
                                        new Button(
                                                texts.get(lang, "route.btn.remind.off"),
                                                RouteGuide.PREFIX + "r0"))));
        return switch (channel.deliver(p.address(), key, reminder)) {
            case SENT -> Optional.of(p);
            case BLOCKED -> {
                store.save(p.markBlocked());
                yield Optional.empty();
            }
            case FAILED -> {
                log.info("A route reminder could not be delivered; it is tried again next sweep");
                yield Optional.empty();
            }
        };
    }
}
