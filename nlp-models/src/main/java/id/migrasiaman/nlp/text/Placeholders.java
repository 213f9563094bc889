package id.migrasiaman.nlp.text;

import java.util.List;

/** Replaces found phone numbers and amounts by placeholder words so the models see their kind. */
final class Placeholders {

    private Placeholders() {}

    static String mark(String text, List<PhoneFinder.Phone> phones, List<MoneyParser.Amount> sums) {
        if (phones.isEmpty() && sums.isEmpty()) {
            return text;
        }
        char[] kinds = new char[text.length()];
        for (PhoneFinder.Phone p : phones) {
            fill(kinds, p.start(), p.end(), 'p');
        }
        for (MoneyParser.Amount a : sums) {
            if (isFree(kinds, a.start(), a.end())) {
                fill(kinds, a.start(), a.end(), 'm');
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            if (kinds[i] == 0) {
                out.append(text.charAt(i));
            } else if (i == 0 || kinds[i - 1] != kinds[i]) {
                out.append(' ')
                        .append(kinds[i] == 'p' ? TextNormaliser.PHONE : TextNormaliser.MONEY);
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static void fill(char[] kinds, int start, int end, char kind) {
        for (int i = start; i < end; i++) {
            kinds[i] = kind;
        }
    }

    private static boolean isFree(char[] kinds, int start, int end) {
        for (int i = start; i < end; i++) {
            if (kinds[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
