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
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Groups, supergroups and channels: the bot never runs a flow there (a report or an emergency told
 * in public exposes the person, and any member could press its buttons). A command for the bot gets
 * a deep link to a private chat that starts the same flow there; {@code /darurat} also gets the
 * hotlines at once. Everything else in a group is left alone.
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

    private final BotIdentity identity;
    private final Texts texts;
    private final Answers answers;

    GroupChats(BotIdentity identity, Texts texts, Answers answers) {
        this.identity = identity;
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
        return identity.deepLink(payload)
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
        return identity.username()
                .map(u -> u.toLowerCase(Locale.ROOT).equals(addressed))
                .orElse(true);
    }

    private static boolean isPrivate(String type) {
        return "private".equals(type);
    }
}
