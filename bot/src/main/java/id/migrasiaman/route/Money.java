package id.migrasiaman.route;

/** Rupiah amounts as Indonesians write them: Rp350.000. */
final class Money {

    private Money() {}

    /** {@code 350000} as {@code 350.000}. */
    static String digits(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String rupiah(long amount) {
        return "Rp" + digits(amount);
    }
}
