package id.migrasiaman.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the round trips to MongoDB by command and collection ({@code
 * migrasi_store_commands_total}): how many each handled update costs is a figure that, unlike the
 * time they take, does not depend on how busy the machine is (the transport benchmark divides it by
 * the updates handled). Counted when a command goes out, so one that fails counts too.
 */
final class CommandCounts implements CommandListener {

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CommandCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        var value = event.getCommand().get(command);
        String collection = value != null && value.isString() ? value.asString().getValue() : "-";
        counters.computeIfAbsent(
                        command + " " + collection,
                        k ->
                                meters.counter(
                                        "migrasi.store.commands",
                                        "command",
                                        command,
                                        "collection",
                                        collection))
                .increment();
    }
}
