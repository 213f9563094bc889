package id.migrasiaman.nlp.text;

import java.util.List;

/**
 * A message folded, with its phones and amounts found and replaced by placeholders, split into
 * words; no lexicon applied yet. Prepared once and shared by every analysis of the message.
 *
 * @param phones the phone numbers found, with their offsets in the folded text
 * @param amounts the rupiah amounts found
 * @param words the words of the folded text, placeholders included
 */
public record PreparedText(
        List<PhoneFinder.Phone> phones, List<MoneyParser.Amount> amounts, List<String> words) {

    /** The empty message. */
    public static final PreparedText EMPTY = new PreparedText(List.of(), List.of(), List.of());

    public PreparedText {
        phones = List.copyOf(phones);
        amounts = List.copyOf(amounts);
        words = List.copyOf(words);
    }
}
