package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * WireMock playing the Bot API for token {@code 123:abc}; method paths are matched
 * case-insensitively.
 */
public final class FakeBotApi {

    public static final String TOKEN = "123:abc";

    /** The username getMe returns. */
    public static final String USERNAME = "MigrasiAmanTestBot";

    private final FlakyBotApi flaky = new FlakyBotApi();
    private final WireMockServer server =
            new WireMockServer(wireMockConfig().dynamicPort().extensions(flaky));
    private final java.util.concurrent.atomic.AtomicInteger deliveries =
            new java.util.concurrent.atomic.AtomicInteger();

    public FakeBotApi() {
        server.start();
        reset();
    }

    /** The fault injector: off until {@link FlakyBotApi#failing} is called. */
    public FlakyBotApi faults() {
        return flaky;
    }

    public WireMockServer server() {
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Default answers: webhook deleted, no updates (after a short delay, like a long poll), sends
     * ok.
     */
    public void reset() {
        flaky.failing(0, 0);
        server.resetAll();
        server.stubFor(
                post(method("deleteWebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(
                post(method("setWebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(
                post(method("getUpdates"))
                        .atPriority(10)
                        .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(150)));
        server.stubFor(
                post(method("sendMessage"))
                        .willReturn(
                                okJson(
                                        "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"}}}")));
        server.stubFor(
                post(method("answerCallbackQuery"))
                        .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(
                post(method("getMe"))
                        .willReturn(
                                okJson(
                                        "{\"ok\":true,\"result\":{\"id\":123,\"is_bot\":true,"
                                                + "\"first_name\":\"Migrasi Aman\",\"username\":\""
                                                + USERNAME
                                                + "\"}}")));
    }

    /**
     * The next getUpdates call returns {@code updatesJsonArray} once, then the default empty
     * answers.
     */
    public void deliverOnce(String updatesJsonArray) {
        server.stubFor(
                post(method("getUpdates"))
                        .atPriority(1)
                        .inScenario("deliver-" + deliveries.incrementAndGet())
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(okJson("{\"ok\":true,\"result\":" + updatesJsonArray + "}"))
                        .willSetStateTo("delivered"));
    }

    /** Every call fails with HTTP 502 until {@link #reset()}. */
    public void goDown() {
        server.resetAll();
        server.stubFor(post(urlPathMatching("/bot.*")).willReturn(aResponse().withStatus(502)));
    }

    public static com.github.tomakehurst.wiremock.matching.UrlPathPattern method(String name) {
        return urlPathMatching("/bot" + TOKEN.replace(":", "\\:") + "/(?i)" + name);
    }

    public void stop() {
        server.stop();
    }
}
