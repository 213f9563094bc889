package id.migrasiaman.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's place on the legal route, keyed by the pseudonymous conversation id.
 *
 * @param id the conversation id
 * @param country the chosen destination, or null
 * @param work the chosen kind of work, or null
 * @param position the index of the current step in the route
 * @param done the ids of the steps marked done
 * @param remind whether the person asked for reminders
 * @param address the channel address for reminders, kept only while {@code remind} is on
 * @param lastProgress when the person last moved on the route
 * @param lastReminder when the last reminder went out, or null
 * @param blocked whether the chat refused a message (the bot was blocked): reminders stop for good,
 *     until the person asks for them again
 * @param language the language the person last used on the route ({@code id}, {@code en})
 * @param appointments dates the person gave for steps (at most one a step)
 */
record RouteProgress(
        String id,
        String country,
        String work,
        int position,
        List<String> done,
        boolean remind,
        String address,
        Instant lastProgress,
        Instant lastReminder,
        boolean blocked,
        String language,
        List<Appointment> appointments) {

    /**
     * A date the person gave for a step (the medical check, the OPP…).
     *
     * @param step the step id
     * @param date the day, in Kupang
     * @param setAt when the person gave it
     * @param reminded whether the day-before reminder is done (sent, or not needed)
     */
    record Appointment(String step, LocalDate date, Instant setAt, boolean reminded) {}

    RouteProgress {
        done = done == null ? List.of() : List.copyOf(done);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        language = language == null ? "id" : language;
    }

    static RouteProgress fresh(String id, Instant now) {
        return new RouteProgress(
                id, null, null, 0, List.of(), false, null, now, null, false, "id", List.of());
    }

    RouteProgress choose(String newCountry, String newWork, Instant now) {
        return new RouteProgress(
                id,
                newCountry,
                newWork,
                0,
                List.of(),
                remind,
                address,
                now,
                lastReminder,
                blocked,
                language,
                List.of());
    }

    RouteProgress at(int newPosition, List<String> newDone, Instant now) {
        return new RouteProgress(
                id,
                country,
                work,
                newPosition,
                newDone,
                remind,
                address,
                now,
                lastReminder,
                blocked,
                language,
                appointments);
    }

    RouteProgress markDone(String step, int next, Instant now) {
        List<String> all = new ArrayList<>(done);
        if (!all.contains(step)) {
            all.add(step);
        }
        return at(next, all, now);
    }

    /** Reminders on (asking again after a block starts them again) or off. */
    RouteProgress reminders(boolean on, String newAddress) {
        return new RouteProgress(
                id,
                country,
                work,
                position,
                done,
                on,
                on ? newAddress : null,
                lastProgress,
                lastReminder,
                on ? false : blocked,
                language,
                appointments);
    }

    RouteProgress reminded(Instant when) {
        return new RouteProgress(
                id,
                country,
                work,
                position,
                done,
                remind,
                address,
                lastProgress,
                when,
                blocked,
                language,
                appointments);
    }

    /** The chat blocked the bot: no reminder ever again unless the person asks for them again. */
    RouteProgress markBlocked() {
        return new RouteProgress(
                id,
                country,
                work,
                position,
                done,
                false,
                null,
                lastProgress,
                lastReminder,
                true,
                language,
                appointments);
    }

    RouteProgress speaking(String lang) {
        return lang == null || lang.equals(language)
                ? this
                : new RouteProgress(
                        id,
                        country,
                        work,
                        position,
                        done,
                        remind,
                        address,
                        lastProgress,
                        lastReminder,
                        blocked,
                        lang,
                        appointments);
    }

    Optional<Appointment> appointment(String step) {
        return appointments.stream().filter(a -> a.step().equals(step)).findFirst();
    }

    /** This progress with {@code appointment} replacing the step's earlier one (null: none). */
    RouteProgress withAppointment(String step, Appointment appointment) {
        List<Appointment> all = new ArrayList<>(appointments);
        all.removeIf(a -> a.step().equals(step));
        if (appointment != null) {
            all.add(appointment);
        }
        return new RouteProgress(
                id,
                country,
                work,
                position,
                done,
                remind,
                address,
                lastProgress,
                lastReminder,
                blocked,
                language,
                all);
    }
}
