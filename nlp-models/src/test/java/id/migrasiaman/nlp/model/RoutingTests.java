package id.migrasiaman.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.features.DangerSignals;
import id.migrasiaman.nlp.features.DangerSignals.Level;
import id.migrasiaman.nlp.features.DangerSignals.Signal;
import org.junit.jupiter.api.Test;

class RoutingTests {

    private static final Signal NONE = Signal.NONE;
    private static final Signal WEAK = new Signal(Level.WEAK, false, false);
    private static final Signal STRONG = new Signal(Level.STRONG, false, false);
    private static final Signal STRONG_PAST = new Signal(Level.STRONG, false, true);

    private final Normaliser normaliser = new Normaliser();
    private final DangerSignals danger = new DangerSignals();
    private final Routing routing = new Routing(0.5, 0.2, 1.01, 0.9, 0.1);

    @Test
    void spotsDangerInEveryLanguageAfterNormalisation() {
        assertThat(level("sy dikunci majikan", "id")).isEqualTo(Level.STRONG);
        assertThat(level("paspor sy ditahan agen", "id")).isEqualTo(Level.STRONG);
        assertThat(level("beta son dikasi makan 2 hari", "mkn")).isEqualTo(Level.STRONG);
        assertThat(level("my boss beat me and locked the door", "en")).isEqualTo(Level.STRONG);
        assertThat(level("tolongggg kak", "id")).isEqualTo(Level.WEAK);
        assertThat(level("mau tanya syarat ke Hong Kong", "id")).isEqualTo(Level.NONE);
    }

    @Test
    void strongDangerIsNeverGreetingOrOutOfScope() {
        assertThat(routing.route(Intent.OUT_OF_SCOPE, 0.99, STRONG_PAST, 0))
                .isEqualTo(Intent.EMERGENCY);
        assertThat(routing.route(Intent.GREETING, 0.99, STRONG, 0)).isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void aWeakSignalLeavesAGreetingTheModelIsSureOf() {
        assertThat(routing.route(Intent.GREETING, 0.95, WEAK, 0)).isEqualTo(Intent.GREETING);
        assertThat(routing.route(Intent.GREETING, 0.6, WEAK, 0)).isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void signalsOverrideOnlyAnUnsureModel() {
        assertThat(routing.route(Intent.OFFER_CHECK, 0.3, STRONG, 1)).isEqualTo(Intent.EMERGENCY);
        assertThat(routing.route(Intent.OFFER_CHECK, 0.9, STRONG, 1)).isEqualTo(Intent.OFFER_CHECK);
        assertThat(routing.route(Intent.OFFER_CHECK, 0.3, WEAK, 1)).isEqualTo(Intent.OFFER_CHECK);
        assertThat(routing.route(Intent.OFFER_CHECK, 0.1, WEAK, 1)).isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void anUnsureEmergencyWithoutDangerWordsGoesToTheSecondIntentWhenSet() {
        Routing off = new Routing(0.5, 0.2, 1.01, 0.9, 0, 0);
        Routing on = new Routing(0.5, 0.2, 1.01, 0.9, 0, 0.5);
        assertThat(off.route(Intent.EMERGENCY, 0.4, Intent.OUT_OF_SCOPE, NONE, 0.2))
                .isEqualTo(Intent.EMERGENCY);
        assertThat(on.route(Intent.EMERGENCY, 0.4, Intent.OUT_OF_SCOPE, NONE, 0.2))
                .isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(on.route(Intent.EMERGENCY, 0.6, Intent.OUT_OF_SCOPE, NONE, 0.2))
                .isEqualTo(Intent.EMERGENCY);
        assertThat(on.route(Intent.EMERGENCY, 0.4, Intent.OUT_OF_SCOPE, WEAK, 0.2))
                .as("a danger word keeps it")
                .isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void aDangerWordInAMessageAboutSomethingElseLeavesItOutOfScope() {
        Routing gated = new Routing(0.5, 0.2, 1.01, 0.9, 0.6, 0, 0.6, 0);
        // "SOS my laptop won't turn on": the relevance model says it is not about working abroad.
        assertThat(gated.route(Intent.OUT_OF_SCOPE, 0.7, STRONG, 0.1))
                .isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(gated.route(Intent.GREETING, 0.6, WEAK, 0.3)).isEqualTo(Intent.GREETING);
        // About working abroad: the safety net still wins over an unsure model.
        assertThat(gated.route(Intent.OUT_OF_SCOPE, 0.7, STRONG, 0.8)).isEqualTo(Intent.EMERGENCY);
        // The model's own emergency and a domain intent the net overrides are not gated.
        assertThat(gated.route(Intent.EMERGENCY, 0.5, STRONG, 0.1)).isEqualTo(Intent.EMERGENCY);
        assertThat(gated.route(Intent.OFFER_CHECK, 0.3, STRONG, 0.1)).isEqualTo(Intent.EMERGENCY);
        // A question the relevance model places outside the domain, without danger words.
        assertThat(gated.route(Intent.PROCEDURE_QUESTION, 0.8, NONE, 0.4))
                .isEqualTo(Intent.OUT_OF_SCOPE);
    }

    @Test
    void aCallForHelpAboutSomethingElseStaysOutOfScopeButHarmStillAlarms() {
        Signal sos = read("SOS my laptop won't turn on and I have an exam tomorrow", "en");
        assertThat(sos.callOnly()).isTrue();
        assertThat(read("darurat!! besok ujian mtk blm belajar", "id").callOnly()).isTrue();
        assertThat(read("tlg kk, hp sy rusak", "id").callOnly()).isTrue();
        assertThat(read("help me, he hits me every night", "en").callOnly()).isFalse();
        assertThat(read("selamat malam kak, tolong sy dipukul", "id").callOnly()).isFalse();
        assertThat(read("tolong beta takut", "mkn").callOnly()).isFalse();
        assertThat(read("mau tanya syarat ke Hong Kong", "id").callOnly()).isFalse();
        Routing calls = new Routing(0.5, 0.2, 1.01, 0.9, 0, 0, 0, 0.6);
        assertThat(calls.route(Intent.OUT_OF_SCOPE, 0.5, sos, 0.1)).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(calls.route(Intent.GREETING, 0.5, sos, 0.3)).isEqualTo(Intent.GREETING);
        // About working abroad, or a harm named: the safety net as before.
        assertThat(calls.route(Intent.OUT_OF_SCOPE, 0.5, sos, 0.7)).isEqualTo(Intent.EMERGENCY);
        assertThat(calls.route(Intent.GREETING, 0.5, STRONG, 0.1)).isEqualTo(Intent.EMERGENCY);
        // A domain intent the net overrides is not gated.
        assertThat(calls.route(Intent.OFFER_CHECK, 0.3, sos, 0.1)).isEqualTo(Intent.EMERGENCY);
    }

    private Signal read(String text, String language) {
        return danger.read(normaliser.tokens(text, language));
    }

    @Test
    void pastStoriesAreLeftToTheModel() {
        assertThat(danger.isPast(normaliser.tokens("dolo beta dipukul majikan", "mkn"))).isTrue();
        assertThat(danger.isPast(normaliser.tokens("I used to be beaten", "en"))).isTrue();
        assertThat(danger.isPast(normaliser.tokens("saya dipukul majikan", "id"))).isFalse();
        assertThat(routing.route(Intent.EXPERIENCE_SHARE, 0.3, STRONG_PAST, 1))
                .isEqualTo(Intent.EXPERIENCE_SHARE);
    }

    @Test
    void duluAsFirstIsADemandMadeNowNotThePast() {
        assertThat(
                        danger.isPast(
                                normaliser.tokens(
                                        "agen minta bayar 10jt dulu baru boleh pulang", "id")))
                .isFalse();
        assertThat(danger.isPast(normaliser.tokens("bos bilang lunas utang dolo", "mkn")))
                .isFalse();
        assertThat(danger.isPast(normaliser.tokens("you must pay 5 juta dulu", "en"))).isFalse();
        assertThat(danger.isPast(normaliser.tokens("dulu saya bayar 10jt ke calo", "id")))
                .as("the past before the demand still counts")
                .isTrue();
    }

    @Test
    void politeRequestsWithTolongAreNotDanger() {
        assertThat(level("tolong info syarat ke Taiwan", "id")).isEqualTo(Level.NONE);
        assertThat(level("pls help me check this offer", "en")).isEqualTo(Level.NONE);
        assertThat(level("tolong kak", "id")).isEqualTo(Level.WEAK);
        assertThat(level("tolong saya", "id")).as("help me").isEqualTo(Level.STRONG);
        assertThat(level("help my phone keeps restarting", "en"))
                .as("help my")
                .isEqualTo(Level.WEAK);
        assertThat(level("help me please", "en")).isEqualTo(Level.STRONG);
    }

    @Test
    void withoutDangerTheModelDecidesUnlessTheMessageIsNotAboutWorkingAbroad() {
        assertThat(routing.route(Intent.GREETING, 0.4, NONE, 0)).isEqualTo(Intent.GREETING);
        assertThat(routing.route(Intent.PROCEDURE_QUESTION, 0.6, NONE, 0.5))
                .isEqualTo(Intent.PROCEDURE_QUESTION);
        assertThat(routing.route(Intent.PROCEDURE_QUESTION, 0.6, NONE, 0.05))
                .isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(routing.route(Intent.EMERGENCY, 0.6, NONE, 0.05)).isEqualTo(Intent.EMERGENCY);
    }

    private Level level(String text, String language) {
        return danger.in(normaliser.tokens(text, language));
    }
}
