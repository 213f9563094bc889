package id.migrasiaman.telegram;

import java.util.OptionalLong;

/** The opaque reply address of a Telegram chat, {@code tg:<chat id>}. */
final class TelegramAddress {

    private static final String PREFIX = "tg:";

    private TelegramAddress() {}

    static String of(long chatId) {
        return PREFIX + chatId;
    }

    /** The chat id of a Telegram address, or empty for another channel's address. */
    static OptionalLong chatId(String address) {
        if (address == null || !address.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(address.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
