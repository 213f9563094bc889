package id.migrasiaman.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where progress on the route is kept: MongoDB in the application, a map in fast tests. */
interface RouteProgressStore {

    Optional<RouteProgress> find(String id);

    void save(RouteProgress progress);

    void delete(String id);

    /**
     * People who asked for reminders, are not blocked, and have neither moved nor been reminded
     * since {@code before}.
     */
    List<RouteProgress> quietSince(Instant before, int limit);

    /** People who asked for reminders, are not blocked, with an unreminded date on {@code day}. */
    List<RouteProgress> appointmentsOn(LocalDate day, int limit);
}
