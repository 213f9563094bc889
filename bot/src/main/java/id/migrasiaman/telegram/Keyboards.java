package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Telegram keyboards for a {@link Reply}: inline buttons, or a one-time "share location" button.
 */
final class Keyboards {

    private Keyboards() {}

    static Optional<ReplyKeyboard> markup(Reply reply) {
        if (reply.requestLocation()) {
            KeyboardButton location =
                    KeyboardButton.builder()
                            .text("📍 Kirim lokasi / Share location")
                            .requestLocation(true)
                            .build();
            return Optional.of(
                    ReplyKeyboardMarkup.builder()
                            .keyboard(List.of(new KeyboardRow(List.of(location))))
                            .resizeKeyboard(true)
                            .oneTimeKeyboard(true)
                            .build());
        }
        if (reply.keyboard().isEmpty()) {
            return Optional.empty();
        }
        List<InlineKeyboardRow> rows =
                reply.keyboard().stream()
                        .map(
                                row ->
                                        new InlineKeyboardRow(
                                                row.stream()
                                                        .map(
                                                                b ->
                                                                        InlineKeyboardButton
                                                                                .builder()
                                                                                .text(b.label())
                                                                                .callbackData(
                                                                                        b.data())
                                                                                .build())
                                                        .toList()))
                        .toList();
        return Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }
}
