package id.migrasiaman.route;

import id.migrasiaman.conversation.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person already said about where they want to go ("I want to work in Japan legally. I'm 23
 * from Kupang"): the country and kind of work of {@code routes.yml}, and the age. The guide starts
 * from there instead of asking again (trial 11, D29).
 *
 * @param country a country id of routes.yml, or null
 * @param work a work id of routes.yml, or null
 * @param age the age the person gave, or null
 */
record RouteWish(String country, String work, Integer age) {

    static final RouteWish NONE = new RouteWish(null, null, null);

    /** Country ids by the words people use, most specific first. */
    private static final Map<String, Pattern> COUNTRIES = new LinkedHashMap<>();

    /** Work ids by the words people use; carers before nurses ("perawat lansia"). */
    private static final Map<String, Pattern> WORKS = new LinkedHashMap<>();

    private static final Pattern AGE =
            Pattern.compile(
                    " (?:umur|usia|umurnya|usianya|umur saya|usia saya|age|aged|i m|im|i am) (\\d{2})"
                            + " | (\\d{2}) (?:tahun|thn|th|years|year|yrs|yo) ");

    static {
        COUNTRIES.put(
                "MY", words("malaysia|malaysi|malays|sabah|sarawak|johor|kuala lumpur|tawau"));
        COUNTRIES.put("SG", words("singapura|singapore|spore"));
        COUNTRIES.put("HK", words("hong kong|hongkong|hk"));
        COUNTRIES.put("TW", words("taiwan"));
        COUNTRIES.put("KR", words("korea|korea selatan|south korea|korsel"));
        COUNTRIES.put("JP", words("jepang|japan|jepun"));
        COUNTRIES.put(
                "SA",
                words(
                        "arab|arab saudi|saudi|saudi arabia|timur tengah|middle east|dubai|uae|uea"
                                + "|qatar|kuwait|oman|bahrain|yordania|jordan"));
        COUNTRIES.put("KH", words("kamboja|cambodia|myanmar|thailand|thai"));
        WORKS.put("internship", words("magang|intern|internship|lpk"));
        WORKS.put(
                "care",
                words(
                        "pengasuh|perawat lansia|jaga lansia|lansia|jompo|jaga anak|baby sitter"
                                + "|babysitter|nanny|caregiver|care worker|elderly care"));
        WORKS.put(
                "domestic",
                words(
                        "prt|pembantu|pekerja rumah tangga|asisten rumah tangga|art|domestic"
                                + "|maid|housemaid|helper"));
        WORKS.put("plantation", words("kebun|perkebunan|sawit|plantation|ladang"));
        WORKS.put("factory", words("pabrik|factory|manufaktur|manufacturing"));
        WORKS.put(
                "fishing",
                words("kapal ikan|abk|awak kapal|nelayan|perikanan|fishing|fisherman|fishery"));
        WORKS.put(
                "skilled",
                words("perawat|nurse|nursing|rumah sakit|hospital|hotel|perhotelan|hospitality"));
    }

    /** What {@code text} says, or {@link #NONE}. */
    static RouteWish in(String text) {
        String padded = Words.padded(text);
        return new RouteWish(
                first(COUNTRIES, padded).orElse(null),
                first(WORKS, padded).orElse(null),
                age(padded).orElse(null));
    }

    /** Words that may stand beside a typed choice: "ke Malaysia kak", "mau kerja pabrik aja". */
    private static final Pattern FILLER =
            words(
                    "ke|di|kak|ka|kk|bu|pak|om|mau|ingin|pengen|kerja|karja|bekerja|pilih|saya|sy"
                            + "|aku|beta|sa|yang|yg|negara|aja|saja|sj|dong|ya|iya|ok|oke|okay|to"
                            + "|in|i|want|work|working|as|the|please|pls|jadi|sebagai");

    /**
     * Whether {@code text} is only a country or kind of work, as one types a button's answer
     * ("Malaysia", "ke hongkong kak", "pabrik"), not a sentence that mentions one ("anak saya di
     * Malaysia").
     */
    static boolean onlyChoice(String text) {
        List<Pattern> choices = new ArrayList<>(COUNTRIES.values());
        choices.addAll(WORKS.values());
        choices.add(FILLER);
        String rest = Words.padded(text);
        String before;
        do {
            // Patterns keep the spaces around a word: adjacent words need another pass.
            before = rest;
            for (Pattern p : choices) {
                rest = p.matcher(rest).replaceAll(" ");
            }
        } while (!rest.equals(before));
        return rest.isBlank() && !in(text).isEmpty();
    }

    boolean isEmpty() {
        return country == null && work == null && age == null;
    }

    private static Optional<String> first(Map<String, Pattern> by, String padded) {
        return by.entrySet().stream()
                .filter(e -> e.getValue().matcher(padded).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Optional<Integer> age(String padded) {
        Matcher m = AGE.matcher(padded);
        while (m.find()) {
            int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (age >= 10 && age <= 70) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(" (?:" + alternatives + ") ");
    }
}
