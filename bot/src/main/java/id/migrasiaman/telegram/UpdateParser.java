package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Parses one update on its own, so a malformed one is set aside instead of failing its batch. */
@Component
@Conditional(TelegramEnabled.class)
class UpdateParser {

    private static final Logger log = LoggerFactory.getLogger(UpdateParser.class);

    private final ObjectMapper json;

    UpdateParser(ObjectMapper telegramObjectMapper) {
        this.json = telegramObjectMapper;
    }

    Optional<Update> parse(byte[] bytes) {
        try {
            return parse(json.readTree(bytes));
        } catch (IOException e) {
            log.warn("An update could not be read as JSON: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    Optional<Update> parse(JsonNode node) {
        try {
            Update update = json.treeToValue(node, Update.class);
            return Optional.ofNullable(update).filter(u -> u.getUpdateId() != null);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Update {} could not be parsed and is set aside: {}",
                    node.path("update_id").asText("?"),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
