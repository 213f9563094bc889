package id.migrasiaman.reports.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "sy mau lapor dia", "I want to report a broker": a message that says only that the person wants
 * to report, with no fact about what happened. It opens the report but is not its first answer;
 * before, the summary's "what happened" began with it (trial 12, D8).
 */
final class OnlyWantsToReport {

    private static final Pattern ONLY =
            Pattern.compile(
                    "^(kak|kakak|pak|bu|min|admin|halo|hai|tolong|please|hi|hello)?[\\s,]*"
                            + "(sa|sy|saya|beta|aku|ak|gue|gw|i|we|kami|katong)?\\s*"
                            + "(mau|mo|ingin|pengen|pingin|ini mau|want to|wanna|would like to"
                            + "|need to|like to)?\\s*"
                            + "(lapor|laporkan|melapor|melaporkan|bikin laporan|buat laporan"
                            + "|report|make a report|file a report)\\s*"
                            + "(dia|de|dong|calo|calo ini|calo itu|orang ini|orang itu|org itu"
                            + "|org ini|perekrut|sponsor|agen|him|her|them|someone|a broker"
                            + "|a recruiter|the recruiter|this person|this)?"
                            + "\\s*(kak|kakak|pak|bu|min|dulu|ya|dong|sekarang|now|please)?"
                            + "[\\s.,!?]*$");

    private OnlyWantsToReport() {}

    /** Whether {@code text} says nothing but the wish to report. */
    static boolean said(String text) {
        return ONLY.matcher(text.toLowerCase(Locale.ROOT).strip()).matches();
    }
}
