package id.migrasiaman.route;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * @param blocked whether the chat refused a message (the bot was blocked): never send again
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
        boolean blocked) {

    RouteProgress {
        done = done == null ? List.of() : List.copyOf(done);
    }

    static RouteProgress fresh(String id, Instant now) {
        return new RouteProgress(id, null, null, 0, List.of(), false, null, now, null, false);
    }

    RouteProgress choose(String newCountry, String newWork, Instant now) {
        return new RouteProgress(
                id, newCountry, newWork, 0, List.of(), remind, address, now, lastReminder, blocked);
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
                blocked);
    }

    RouteProgress markDone(String step, int next, Instant now) {
        List<String> all = new ArrayList<>(done);
        if (!all.contains(step)) {
            all.add(step);
        }
        return at(next, all, now);
    }

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
                blocked);
    }

    RouteProgress reminded(Instant when) {
        return new RouteProgress(
                id, country, work, position, done, remind, address, lastProgress, when, blocked);
    }

    RouteProgress markBlocked() {
        return new RouteProgress(
                id, country, work, position, done, false, null, lastProgress, lastReminder, true);
    }
}
