package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Languages;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.TextParser;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.knowledge.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Groups, supergroups and channels: the bot never runs a flow there (a report or an emergency told
 * in public exposes the person, and any member could press its buttons). A command for the bot gets
 * a deep link to a private chat that starts the same flow there; {@code /darurat} also gets the
 * hotlines at once. Everything else in a group is left alone. The bot's username comes from {@code
 * getMe}, asked once and kept (asked again after a failure).
 */
@Component
@Conditional(TelegramEnabled.class)
class GroupChats {

    /** Commands a deep link may start; others open the private chat at the menu. */
    private static final Set<String> LINKABLE =
            Set.of(
                    "lapor",
                    "report",
                    "darurat",
                    "emergency",
                    "sos",
                    "topik",
                    "topics",
                    "info",
                    "status",
                    "tambah",
                    "add",
                    "bahasa",
                    "language",
                    "menu",
                    "help",
                    "bantuan");

    private static final Set<String> EMERGENCY = Set.of("darurat", "emergency", "sos");

    private static final Logger log = LoggerFactory.getLogger(GroupChats.class);

    private final TelegramClient client;
    private final Texts texts;
    private final Answers answers;
    private final AtomicReference<String> username = new AtomicReference<>();

    GroupChats(TelegramClient client, Texts texts, Answers answers) {
        this.client = client;
        this.texts = texts;
        this.answers = answers;
    }

    /** What to answer in a group, with the chat; empty when the update is not from a group. */
    record Answer(long chatId, List<Reply> replies) {}

    Optional<Answer> answer(Update update) {
        if (update.getCallbackQuery() != null) {
            var message = update.getCallbackQuery().getMessage();
            boolean group =
                    message != null
                            && message.getChat() != null
                            && !isPrivate(message.getChat().getType());
            return group
                    ? Optional.of(new Answer(message.getChatId(), List.of()))
                    : Optional.empty();
        }
        Message message =
                update.getMessage() != null ? update.getMessage() : update.getEditedMessage();
        if (message == null
                || message.getChat() == null
                || isPrivate(message.getChat().getType())) {
            return Optional.empty();
        }
        String text = message.getText() != null ? message.getText() : message.getCaption();
        if (update.getMessage() == null
                || !(TextParser.parse(text)
                        instanceof id.migrasiaman.conversation.Content.Command command)
                || !forThisBot(text)) {
            return Optional.of(new Answer(message.getChatId(), List.of()));
        }
        String language =
                Languages.fromHint(
                        message.getFrom() == null ? null : message.getFrom().getLanguageCode());
        String name = command.name();
        String payload = LINKABLE.contains(name) ? name : "";
        List<Reply> replies = new ArrayList<>();
        if (EMERGENCY.contains(name)) {
            replies.add(Reply.text(answers.hotlines(language)));
        }
        replies.add(Reply.text(link(language, payload)));
        return Optional.of(new Answer(message.getChatId(), replies));
    }

    private String link(String language, String payload) {
        return deepLink(payload)
                .map(url -> texts.get(language, "group.private", Html.escape(url)))
                .orElseGet(() -> texts.get(language, "group.private.nolink"));
    }

    /** "/lapor" or "/lapor@ThisBot", not "/lapor@OtherBot". */
    private boolean forThisBot(String text) {
        String first = text.strip().split("\\s+", 2)[0];
        int at = first.indexOf('@');
        if (at < 0) {
            return true;
        }
        String addressed = first.substring(at + 1).toLowerCase(Locale.ROOT);
        return username().map(u -> u.toLowerCase(Locale.ROOT).equals(addressed)).orElse(true);
    }

    private static boolean isPrivate(String type) {
        return "private".equals(type);
    }

    /** The username without "@", or empty while Telegram cannot tell. */
    private Optional<String> username() {
        String known = username.get();
        if (known != null) {
            return Optional.of(known);
        }
        try {
            User me = client.execute(new GetMe());
            if (me != null && me.getUserName() != null && !me.getUserName().isBlank()) {
                username.compareAndSet(null, me.getUserName());
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getMe failed: {}", e.getClass().getSimpleName());
        }
        return Optional.ofNullable(username.get());
    }

    /** {@code https://t.me/<bot>?start=<payload>}, or empty while the username is unknown. */
    private Optional<String> deepLink(String payload) {
        return username()
                .map(
                        name ->
                                "https://t.me/"
                                        + name
                                        + (payload == null || payload.isBlank()
                                                ? ""
                                                : "?start=" + payload));
    }
}
