package id.migrasiaman.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bot's CPU per thread group between two snapshots, from {@code /proc/<pid>/task/<tid>/stat}
 * (Linux only; elsewhere empty): where the CPU of a phase went, whatever share of the machine the
 * bot was given. Threads are grouped by name without their number (the kernel keeps 15
 * characters of a name).
 */
final class ThreadCpu {

    private record Thread(String name, long ticks) {}

    private final Map<String, Thread> threads;

    private ThreadCpu(Map<String, Thread> threads) {
        this.threads = threads;
    }

    static ThreadCpu of(long pid) {
        Map<String, Thread> threads = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    threads.put(task.getFileName().toString(), new Thread(name, ticks));
                } catch (IOException | RuntimeException e) {
                    // The thread ended meanwhile.
                }
            }
        } catch (IOException e) {
            // Not Linux, or the process is gone.
        }
        return new ThreadCpu(threads);
    }

    /** The groups that used the most CPU since {@code before}, with seconds and shares. */
    String since(ThreadCpu before, int top) {
        Map<String, Long> groups = new HashMap<>();
        threads.forEach(
                (tid, t) -> {
                    Thread earlier = before.threads.get(tid);
                    long used = t.ticks() - (earlier == null ? 0 : earlier.ticks());
                    groups.merge(t.name().replaceAll("[-#_ ]?\\d+$", "").replaceAll("-\\d+-", "-N-"), used, Long::sum);
                });
        long total = groups.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return "n/a";
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : sorted.entrySet()) {
            out.append(String.format(Locale.ROOT, "%s%s %.2f s (%.0f %%)", out.isEmpty() ? "" : ", ",
                    e.getKey(), e.getValue() / 100.0, 100.0 * e.getValue() / total));
        }
        return out + String.format(Locale.ROOT, "; total %.2f s", total / 100.0);
    }

}
