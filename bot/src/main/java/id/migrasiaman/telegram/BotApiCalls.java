package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;

/**
 * Raw Bot API calls for intake (getUpdates, deleteWebhook, setWebhook), where we need the JSON
 * result and our own error handling rather than the client's exceptions. The token is in the URL
 * only, never in an exception message.
 */
@Component
@Conditional(TelegramEnabled.class)
class BotApiCalls {

    /** The updates the bot asks for, by polling or by webhook. */
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final TelegramUrl url;
    private final TelegramSettings settings;
    private final ObjectMapper json;

    BotApiCalls(
            OkHttpClient http,
            TelegramUrl url,
            TelegramSettings settings,
            ObjectMapper telegramObjectMapper) {
        this.http = http;
        this.url = url;
        this.settings = settings;
        this.json = telegramObjectMapper;
    }

    /** Calls {@code method} and returns its {@code result}. */
    JsonNode call(PartialBotApiMethod<?> method) throws IOException {
        return call(method.getMethod(), json.writeValueAsString(method));
    }

    /** Calls the method {@code name} with the JSON {@code body}; returns its {@code result}. */
    JsonNode call(String name, String body) throws IOException {
        Request request =
                new Request.Builder()
                        .url(origin(url) + "/bot" + settings.token() + "/" + name)
                        .post(RequestBody.create(body, JSON))
                        .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " from " + name);
            }
            JsonNode root = json.readTree(text);
            if (!root.path("ok").asBoolean(false)) {
                throw new IOException(
                        "Telegram error " + root.path("error_code").asInt() + " from " + name);
            }
            return root.path("result");
        }
    }

    String describe() {
        return origin(url);
    }

    /** {@code scheme://host:port} of the Bot API, without the token. */
    static String origin(TelegramUrl url) {
        return url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
    }
}
