package id.migrasiaman.telegram;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Random;

/**
 * Makes the fake Bot API misbehave like the real one on a bad day, while switched on: a share of
 * sendMessage calls answer 429 with {@code retry_after}, 502, slowly, or reset the connection.
 * Seeded, so a run can be repeated (the order of concurrent calls still varies).
 */
public final class FlakyBotApi implements ResponseDefinitionTransformerV2 {

    private Random random = new Random(14);
    private volatile int percent;
    private int injected;

    /** Lets {@code percent} % of sendMessage calls fail (0: none); counts from zero again. */
    public synchronized void failing(int percent, long seed) {
        this.random = new Random(seed);
        this.percent = percent;
        this.injected = 0;
    }

    /** How many calls misbehaved since the last {@link #failing}. */
    public synchronized int injected() {
        return injected;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        ResponseDefinition normal = event.getResponseDefinition();
        if (percent == 0 || !event.getRequest().getUrl().toLowerCase().endsWith("/sendmessage")) {
            return normal;
        }
        int roll = random.nextInt(100);
        if (roll >= percent) {
            return normal;
        }
        injected++;
        return switch (roll % 4) {
            case 0 ->
                    ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(429)
                            .withHeader("Content-Type", "application/json")
                            .withHeader("Retry-After", "1")
                            .withBody(
                                    "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many"
                                            + " Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}")
                            .build();
            case 1 -> ResponseDefinitionBuilder.responseDefinition().withStatus(502).build();
            case 2 -> ResponseDefinitionBuilder.like(normal).withFixedDelay(1500).build();
            default ->
                    ResponseDefinitionBuilder.responseDefinition()
                            .withFault(Fault.CONNECTION_RESET_BY_PEER)
                            .build();
        };
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return "flaky-bot-api";
    }
}
