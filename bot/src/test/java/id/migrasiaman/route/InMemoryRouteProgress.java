package id.migrasiaman.route;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Route progress in a map, for fast tests. */
final class InMemoryRouteProgress implements RouteProgressStore {

    final Map<String, RouteProgress> all = new ConcurrentHashMap<>();

    @Override
    public Optional<RouteProgress> find(String id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public void save(RouteProgress progress) {
        all.put(progress.id(), progress);
    }

    @Override
    public void delete(String id) {
        all.remove(id);
    }

    @Override
    public List<RouteProgress> quietSince(Instant before, int limit) {
        return all.values().stream()
                .filter(p -> p.remind() && !p.blocked() && p.lastProgress().isBefore(before))
                .filter(p -> p.lastReminder() == null || p.lastReminder().isBefore(before))
                .limit(limit)
                .toList();
    }

    @Override
    public List<RouteProgress> appointmentsOn(java.time.LocalDate day, int limit) {
        return all.values().stream()
                .filter(p -> p.remind() && !p.blocked())
                .filter(
                        p ->
                                p.appointments().stream()
                                        .anyMatch(a -> a.date().equals(day) && !a.reminded()))
                .limit(limit)
                .toList();
    }
}
