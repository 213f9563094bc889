package id.migrasiaman.telegram;

import id.migrasiaman.telegram.inbox.Inbox;
import id.migrasiaman.telegram.outbound.Outbound;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Starts the inbox's and the outbound queue's sweeps once the application is up, and stops them
 * first on shutdown (before the web server and the poller stop: a later phase), so work left by a
 * crash or another instance is picked up only by a running instance.
 */
@Component
@Conditional(TelegramEnabled.class)
class TransportLifecycle implements SmartLifecycle {

    private final Inbox inbox;
    private final Outbound outbound;
    private volatile boolean running;

    TransportLifecycle(Inbox inbox, Outbound outbound) {
        this.inbox = inbox;
        this.outbound = outbound;
    }

    @Override
    public void start() {
        outbound.start();
        inbox.start();
        running = true;
    }

    @Override
    public void stop() {
        inbox.stop();
        outbound.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
