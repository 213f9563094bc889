package id.migrasiaman.telegram.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One Bot API call with the answer sorted the way the outbound queue acts on it. The token is in
 * the URL only, never in a result or an exception message.
 */
public final class BotApiSender {

    /** What Telegram answered. */
    public sealed interface Result {}

    /** Sent. */
    public record Sent() implements Result {}

    /** 429: this chat must wait {@code retryAfter}. */
    public record RetryAfter(Duration retryAfter) implements Result {}

    /** 5xx, a timeout, a reset connection: try again later. */
    public record Transient(String reason) implements Result {}

    /** 403: the user blocked the bot, or it is no longer in the group. */
    public record Blocked(String reason) implements Result {}

    /** Any other refusal (400 …): retrying would not help. */
    public record Rejected(String reason) implements Result {}

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String base;
    private final ObjectMapper json;

    public BotApiSender(OkHttpClient http, URI apiUrl, String token, ObjectMapper json) {
        this.http = http;
        String origin = apiUrl.toString().replaceAll("/+$", "");
        this.base = origin + "/bot" + token + "/";
        this.json = json;
    }

    /** Calls {@code method} with the JSON {@code body}. */
    public Result call(String method, byte[] body) {
        Request request =
                new Request.Builder()
                        .url(base + method)
                        .post(RequestBody.create(body, JSON))
                        .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            return classify(response.code(), text, response.header("Retry-After"));
        } catch (IOException e) {
            return new Transient(e.getClass().getSimpleName());
        }
    }

    private Result classify(int status, String text, String retryAfterHeader) {
        JsonNode root = read(text);
        if (status == 200 && root.path("ok").asBoolean(false)) {
            return new Sent();
        }
        int code = root.path("error_code").asInt(status);
        if (code == 429) {
            long seconds =
                    root.path("parameters").path("retry_after").asLong(parse(retryAfterHeader));
            return new RetryAfter(Duration.ofSeconds(Math.max(1, seconds)));
        }
        String reason = "error " + code;
        // 401/404: a wrong token or address, fixed by configuration; keep the messages till then.
        if (code >= 500 || status >= 500 || code == 401 || code == 404 || root.isMissingNode()) {
            return new Transient(reason);
        }
        if (code == 403) {
            return new Blocked(reason);
        }
        return new Rejected(reason + ": " + root.path("description").asText(""));
    }

    private JsonNode read(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node == null
                    ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : node;
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static long parse(String header) {
        try {
            return header == null ? 5 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
