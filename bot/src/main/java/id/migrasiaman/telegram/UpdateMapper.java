package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.TextParser;
import id.migrasiaman.system.Pseudonyms;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Maps a Telegram {@link Update} of a private chat to an {@link Inbound}, or to nothing when the
 * bot should stay silent: channel posts, membership changes, polls, unknown update kinds. An edited
 * message becomes {@link Content.Edited}, which only the safety check reads. Groups are answered by
 * {@link GroupChats} before this.
 */
@Component
class UpdateMapper {

    private final Pseudonyms pseudonyms;

    UpdateMapper(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    Optional<Inbound> map(Update update) {
        String sourceKey = "tg:" + update.getUpdateId();
        if (update.getCallbackQuery() != null) {
            return fromCallback(update.getCallbackQuery(), sourceKey);
        }
        boolean edited = update.getMessage() == null && update.getEditedMessage() != null;
        Message message = edited ? update.getEditedMessage() : update.getMessage();
        if (message == null || message.getChat() == null || message.getChatId() == null) {
            return Optional.empty();
        }
        if (!"private".equals(message.getChat().getType())) {
            return Optional.empty();
        }
        Content content = edited ? editedOf(message) : contentOf(message);
        if (content == null) {
            return Optional.empty();
        }
        Instant at =
                message.getDate() == null
                        ? Instant.now()
                        : Instant.ofEpochSecond(message.getDate());
        return Optional.of(
                new Inbound(
                        message.getChatId(),
                        incoming(message.getChatId(), message.getFrom(), content, at, sourceKey)
                                .withContext(edited, MessageContext.botTextRepliedTo(message)),
                        null));
    }

    private Optional<Inbound> fromCallback(CallbackQuery query, String sourceKey) {
        if (query.getMessage() == null
                || query.getMessage().getChatId() == null
                || query.getData() == null) {
            return Optional.empty();
        }
        long chatId = query.getMessage().getChatId();
        Content content = new Content.Button(query.getData());
        return Optional.of(
                new Inbound(
                        chatId,
                        incoming(chatId, query.getFrom(), content, Instant.now(), sourceKey),
                        query.getId()));
    }

    private IncomingMessage incoming(
            long chatId, User from, Content content, Instant at, String sourceKey) {
        String user = from == null ? null : pseudonyms.of("tg-user", String.valueOf(from.getId()));
        String language = from == null ? null : from.getLanguageCode();
        return new IncomingMessage(
                pseudonyms.of("tg-chat", String.valueOf(chatId)),
                user,
                content,
                language,
                at,
                TelegramAddress.of(chatId),
                sourceKey);
    }

    /** The new text or caption of an edited message; null when it has none. */
    private static Content editedOf(Message m) {
        String text = m.getText() != null ? m.getText() : m.getCaption();
        return text == null || text.isBlank() ? null : new Content.Edited(text);
    }

    static Content contentOf(Message m) {
        if (m.getText() != null) {
            return TextParser.parse(m.getText());
        }
        if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            PhotoSize largest =
                    m.getPhoto().stream()
                            .max(
                                    Comparator.comparingLong(
                                            p -> p.getFileSize() == null ? 0 : p.getFileSize()))
                            .orElseThrow();
            return media(
                    Content.MediaKind.PHOTO,
                    largest.getFileId(),
                    largest.getFileSize(),
                    m.getCaption(),
                    largest.getFileUniqueId());
        }
        if (m.getDocument() != null) {
            return media(
                    Content.MediaKind.DOCUMENT,
                    m.getDocument().getFileId(),
                    m.getDocument().getFileSize(),
                    m.getCaption(),
                    m.getDocument().getFileUniqueId());
        }
        if (m.getVoice() != null) {
            return media(
                    Content.MediaKind.VOICE,
                    m.getVoice().getFileId(),
                    m.getVoice().getFileSize(),
                    m.getCaption(),
                    m.getVoice().getFileUniqueId());
        }
        if (m.getVideo() != null) {
            return media(
                    Content.MediaKind.VIDEO,
                    m.getVideo().getFileId(),
                    m.getVideo().getFileSize(),
                    m.getCaption(),
                    m.getVideo().getFileUniqueId());
        }
        if (m.getAudio() != null) {
            return media(
                    Content.MediaKind.AUDIO,
                    m.getAudio().getFileId(),
                    m.getAudio().getFileSize(),
                    m.getCaption(),
                    m.getAudio().getFileUniqueId());
        }
        if (m.getLocation() != null) {
            return new Content.Location(
                    m.getLocation().getLatitude(), m.getLocation().getLongitude());
        }
        return new Content.Unsupported(m.getSticker() != null ? "sticker" : "other");
    }

    private static Content media(
            Content.MediaKind kind, String fileId, Number size, String caption, String uniqueId) {
        return new Content.Media(
                kind, fileId, size == null ? 0 : size.longValue(), caption, uniqueId);
    }
}
