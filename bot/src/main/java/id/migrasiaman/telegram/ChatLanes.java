package id.migrasiaman.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A few single-thread lanes: all updates of one chat go to the same lane, so they keep their order.
 */
final class ChatLanes {

    private final List<ExecutorService> lanes = new ArrayList<>();

    ChatLanes(int count) {
        for (int i = 0; i < count; i++) {
            int lane = i;
            lanes.add(
                    Executors.newSingleThreadExecutor(
                            r -> {
                                Thread t = new Thread(r, "telegram-lane-" + lane);
                                t.setDaemon(true);
                                return t;
                            }));
        }
    }

    Future<?> submit(long key, Runnable task) {
        return lanes.get((int) Math.floorMod(key, (long) lanes.size())).submit(task);
    }

    void shutdown() {
        lanes.forEach(ExecutorService::shutdown);
    }

    /** The chat of an update, or its id when it has no chat. */
    static long keyOf(Update update) {
        if (update.getMessage() != null && update.getMessage().getChatId() != null) {
            return update.getMessage().getChatId();
        }
        if (update.getEditedMessage() != null && update.getEditedMessage().getChatId() != null) {
            return update.getEditedMessage().getChatId();
        }
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return update.getUpdateId() == null ? 0 : update.getUpdateId();
    }
}
