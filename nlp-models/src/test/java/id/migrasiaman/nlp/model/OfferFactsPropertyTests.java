package id.migrasiaman.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word-list facts behind the round-10 flags, in any word order and language: domestic work in a
 * Middle East moratorium country (Kepmenaker 260/2015, FACTS.md 13.1 and 13.4), a job in Indonesia
 * that "later" moves abroad, and amounts without a payment word (salaries, not fees).
 */
class OfferFactsPropertyTests {

    private static final Normaliser NORMALISER = new Normaliser();
    private static final List<String> LANGUAGES = List.of("id", "mkn", "en");

    private static final List<String> MORATORIUM =
            List.of(
                    "Arab Saudi",
                    "Riyadh",
                    "Jeddah",
                    "Kuwait",
                    "Qatar",
                    "Doha",
                    "Dubai",
                    "Abu Dhabi",
                    "Oman",
                    "Bahrain",
                    "Yordania",
                    "Amman",
                    "UEA",
                    "Timur Tengah");
    private static final List<String> DOMESTIC =
            List.of(
                    "pembantu",
                    "PRT",
                    "ART",
                    "pembantu rumah tangga",
                    "jaga anak",
                    "jaga orang tua",
                    "baby sitter",
                    "pengasuh",
                    "sopir keluarga",
                    "housemaid",
                    "maid",
                    "nanny",
                    "domestic worker",
                    "karja rumah tangga");
    private static final List<String> SKILLED =
            List.of(
                    "perawat rumah sakit",
                    "nurse in a hospital",
                    "pabrik",
                    "hotel staff",
                    "koki",
                    "engineer",
                    "welder",
                    "factory work");
    private static final List<String> LEGAL_DOMESTIC =
            List.of("Hong Kong", "Taiwan", "Singapura", "Malaysia", "Brunei");
    private static final List<String> FILLER =
            List.of(
                    "ada",
                    "lowongan",
                    "kerja",
                    "jadi",
                    "gaji",
                    "besar",
                    "di",
                    "untuk",
                    "the",
                    "job",
                    "sabulan",
                    "kaka",
                    "beta",
                    "mau",
                    "family",
                    "needs",
                    "a",
                    "tiket",
                    "gratis");

    @Property(tries = 500)
    void domesticWorkInAMoratoriumCountryIsAFactInAnyOrder(
            @ForAll("moratoriumDomestic") String text) {
        for (String language : LANGUAGES) {
            assertThat(OfferFlags.Facts.moratoriumDomestic(tokens(text, language)))
                    .as(language + ": " + text)
                    .isTrue();
        }
    }

    @Property(tries = 500)
    void skilledWorkInTheMiddleEastIsNoMoratoriumFact(@ForAll("skilledMiddleEast") String text) {
        for (String language : LANGUAGES) {
            assertThat(OfferFlags.Facts.moratoriumDomestic(tokens(text, language)))
                    .as(language + ": " + text)
                    .isFalse();
        }
    }

    @Property(tries = 500)
    void domesticWorkWhereItIsLegalIsNoMoratoriumFact(@ForAll("domesticElsewhere") String text) {
        for (String language : LANGUAGES) {
            assertThat(OfferFlags.Facts.moratoriumDomestic(tokens(text, language)))
                    .as(language + ": " + text)
                    .isFalse();
        }
    }

    @Example
    void aJobInBaliThatMovesAbroadIsAFact() {
        assertThat(
                        OfferFlags.Facts.localThenAbroad(
                                tokens("jaga toko di Bali, nanti dioper pi Malaysia")))
                .isTrue();
        assertThat(
                        OfferFlags.Facts.localThenAbroad(
                                tokens("SPG di mal Denpasar, yang bagus dipindah ke KL")))
                .isTrue();
        assertThat(
                        OfferFlags.Facts.localThenAbroad(
                                tokens("the best girls get moved from Bali to Kuala Lumpur")))
                .isTrue();
    }

    @Example
    void aJobInBaliAloneIsNoFact() {
        assertThat(
                        OfferFlags.Facts.localThenAbroad(
                                tokens("kerja jaga toko di Bali, kontrak satu tahun")))
                .isFalse();
        assertThat(OfferFlags.Facts.localThenAbroad(tokens("hotel housekeeper in Bali"))).isFalse();
    }

    @Example
    void workingInIndonesiaFirstIsWhereOneWorksNotWhereOnePasses() {
        assertThat(
                        OfferFlags.Facts.workHereFirst(
                                tokens("kerja di laundry Batam dulu, nanti ke Johor")))
                .isTrue();
        assertThat(
                        OfferFlags.Facts.workHereFirst(
                                tokens(
                                        "the girls work at a mall in Bali first, then Kuala Lumpur")))
                .isTrue();
        // Batam as a transit, and a job in Bali with no "later": not the gate.
        assertThat(
                        OfferFlags.Facts.workHereFirst(
                                tokens("berangkat ke Batam naik kapal, nanti kerja di Johor")))
                .isFalse();
        assertThat(
                        OfferFlags.Facts.workHereFirst(
                                tokens(
                                        "hotel housekeeper in Bali, one-year contract, no plans abroad")))
                .isFalse();
    }

    @Example
    void theFeesModelCountsOnlyWithAPaymentWord() {
        OfferFlags flags = new OfferFlags(Map.of(OfferFlags.FEES, 0.9));
        Map<String, Double> sure = Map.of(OfferFlags.FEES, 0.99);
        OfferFlags.Facts salaryOnly =
                before14(false, false, false, false, false, false, true, true);
        OfferFlags.Facts paying = before14(false, false, false, false, false, true, true, true);
        assertThat(flags.decide(sure, salaryOnly)).doesNotContain(OfferFlags.FEES);
        assertThat(flags.decide(sure, paying)).contains(OfferFlags.FEES);
    }

    @Example
    void aSalaryPaidToTheBankIsNoFee() {
        assertThat(
                        OfferFlags.Facts.paysMoney(
                                tokens("salary paid to a bank account, licensed P3MI")))
                .isFalse();
        assertThat(OfferFlags.Facts.paysMoney(tokens("gaji dibayar lewat rekening bank")))
                .isFalse();
        assertThat(OfferFlags.Facts.paysMoney(tokens("gaji dipotong 6 bulan untuk biaya agen")))
                .isTrue();
        assertThat(OfferFlags.Facts.paysMoney(tokens("you pay 5 million before the flight")))
                .isTrue();
    }

    @Example
    void aLicenceSaidCountsOnlyWhenNotNegated() {
        // Round 15: a licensed P3MI visiting the village is no private recruiter; "not registered
        // yet" is no licence.
        assertThat(OfferFlags.Facts.saysLicensed(tokens("PT itu terdaftar di siskop2mi"))).isTrue();
        assertThat(OfferFlags.Facts.saysLicensed(tokens("PT kami belum ada izin SIP3MI")))
                .isFalse();
        assertThat(OfferFlags.Facts.saysLicensed(tokens("the agency is not registered yet")))
                .isFalse();
        OfferFlags flags = new OfferFlags(Map.of(OfferFlags.UNLICENSED, 0.9, OfferFlags.SCAM, 0.9));
        Map<String, Double> sure = Map.of(OfferFlags.UNLICENSED, 0.99, OfferFlags.SCAM, 0.99);
        OfferFlags.Facts licensedNoScamPlace =
                new OfferFlags.Facts(
                        false, false, false, false, false, false, false, false, false, false, true,
                        true);
        assertThat(flags.decide(sure, licensedNoScamPlace)).isEmpty();
        assertThat(flags.decide(sure, OfferFlags.Facts.NONE))
                .containsExactly(OfferFlags.UNLICENSED);
        OfferFlags.Facts broker =
                new OfferFlags.Facts(
                        false, false, false, false, false, false, false, false, false, true, false,
                        true);
        assertThat(flags.decide(sure, broker))
                .containsExactlyInAnyOrder(OfferFlags.UNLICENSED, OfferFlags.SCAM);
    }

    @Example
    void theSocialMediaModelCountsOnlyWithAnOnlineMedium() {
        // Trial 13 D15: a scam job named with no word of where it was seen is no Facebook ad.
        OfferFlags flags = new OfferFlags(Map.of(OfferFlags.SOCIAL, 0.9));
        Map<String, Double> sure = Map.of(OfferFlags.SOCIAL, 0.99);
        OfferFlags.Facts offline =
                before15(false, false, false, false, false, false, false, false, false);
        OfferFlags.Facts online =
                before15(false, false, false, false, false, false, false, false, true);
        assertThat(flags.decide(sure, offline)).doesNotContain(OfferFlags.SOCIAL);
        assertThat(flags.decide(sure, online)).contains(OfferFlags.SOCIAL);
        assertThat(
                        OfferFlags.Facts.namesAPlatform(
                                tokens(
                                        "ada tawaran kerja di kamboja, customer service admin"
                                                + " crypto, gaji 15 juta")))
                .isFalse();
        assertThat(
                        OfferFlags.Facts.namesAPlatform(
                                tokens("dapat dari grup telegram, kerja admin di kamboja")))
                .isTrue();
        assertThat(OfferFlags.Facts.namesAPlatform(tokens("the best job, saw it on fb"))).isTrue();
    }

    @Example
    void theNewFlagsModelsCountOnlyWithTheirPlaces() {
        OfferFlags flags =
                new OfferFlags(
                        Map.of(OfferFlags.MORATORIUM, 0.9, OfferFlags.LOCAL_THEN_ABROAD, 0.9));
        Map<String, Double> sure =
                Map.of(OfferFlags.MORATORIUM, 0.99, OfferFlags.LOCAL_THEN_ABROAD, 0.99);
        assertThat(
                        flags.decide(
                                sure,
                                before14(false, false, false, false, false, true, false, false)))
                .isEmpty();
        assertThat(
                        flags.decide(
                                sure,
                                before14(false, false, false, false, false, true, true, true)))
                .containsExactlyInAnyOrder(OfferFlags.MORATORIUM, OfferFlags.LOCAL_THEN_ABROAD);
    }

    @Example
    void theRulesAddTheirFlags() {
        OfferFlags flags = new OfferFlags(Map.of());
        assertThat(
                        flags.decide(
                                Map.of(),
                                before14(false, false, false, true, true, false, true, true)))
                .containsExactly(OfferFlags.MORATORIUM, OfferFlags.LOCAL_THEN_ABROAD);
    }

    @Provide
    Arbitrary<String> moratoriumDomestic() {
        return sentence(Arbitraries.of(MORATORIUM), Arbitraries.of(DOMESTIC));
    }

    @Provide
    Arbitrary<String> skilledMiddleEast() {
        return sentence(Arbitraries.of(MORATORIUM), Arbitraries.of(SKILLED));
    }

    @Provide
    Arbitrary<String> domesticElsewhere() {
        return sentence(Arbitraries.of(LEGAL_DOMESTIC), Arbitraries.of(DOMESTIC));
    }

    /** The two phrases in either order, with up to six filler words before, between and after. */
    private static Arbitrary<String> sentence(Arbitrary<String> place, Arbitrary<String> job) {
        Arbitrary<String> filler =
                Arbitraries.of(FILLER).list().ofMaxSize(6).map(words -> String.join(" ", words));
        return Combinators.combine(place, job, filler, filler, filler, Arbitraries.of(true, false))
                .as(
                        (p, j, a, b, c, placeFirst) ->
                                String.join(" ", a, placeFirst ? p : j, b, placeFirst ? j : p, c));
    }

    private static List<String> tokens(String text, String language) {
        return NORMALISER.tokens(text, language);
    }

    private static List<String> tokens(String text) {
        return tokens(text, text.matches(".*\\b(the|best|girls|housekeeper)\\b.*") ? "en" : "id");
    }

    /** Facts that do not gate the social-media, online-scam, unlicensed and fast models. */
    private static OfferFlags.Facts before14(
            boolean minor,
            boolean brokerTransit,
            boolean noPlacementJob,
            boolean moratoriumDomestic,
            boolean localThenAbroad,
            boolean payment,
            boolean moratoriumPlace,
            boolean localAndAbroad) {
        return before15(
                minor,
                brokerTransit,
                noPlacementJob,
                moratoriumDomestic,
                localThenAbroad,
                payment,
                moratoriumPlace,
                localAndAbroad,
                true);
    }

    /** Facts that do not gate the online-scam, unlicensed-agency and fast-departure models. */
    private static OfferFlags.Facts before15(
            boolean minor,
            boolean brokerTransit,
            boolean noPlacementJob,
            boolean moratoriumDomestic,
            boolean localThenAbroad,
            boolean payment,
            boolean moratoriumPlace,
            boolean localAndAbroad,
            boolean platform) {
        return new OfferFlags.Facts(
                minor,
                brokerTransit,
                noPlacementJob,
                moratoriumDomestic,
                localThenAbroad,
                payment,
                moratoriumPlace,
                localAndAbroad,
                platform,
                true,
                false,
                true);
    }
}
