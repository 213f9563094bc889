package id.migrasiaman.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the round trips to MongoDB by command ({@code migrasi_store_commands_total}): how many
 * each handled update costs is a figure that, unlike the time they take, does not depend on how
 * busy the machine is (the transport benchmark divides it by the updates handled).
 */
final class CommandCounts implements CommandListener {

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CommandCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        count(event.getCommandName());
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        count(event.getCommandName());
    }

    private void count(String command) {
        counters.computeIfAbsent(
                        command, c -> meters.counter("migrasi.store.commands", "command", c))
                .increment();
    }
}
