package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.DangerSignals.Level;
import org.junit.jupiter.api.Test;

class SafetyNetTests {

    private final Normaliser normaliser = new Normaliser();
    private final DangerSignals danger = new DangerSignals();
    private final SafetyNet net = new SafetyNet(0.5, 0.2);

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
    void dangerIsNeverGreetingOrOutOfScope() {
        assertThat(net.route(Intent.GREETING, 0.99, Level.WEAK, false)).isEqualTo(Intent.EMERGENCY);
        assertThat(net.route(Intent.OUT_OF_SCOPE, 0.99, Level.STRONG, true))
                .isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void signalsOverrideOnlyAnUnsureModel() {
        assertThat(net.route(Intent.OFFER_CHECK, 0.3, Level.STRONG, false))
                .isEqualTo(Intent.EMERGENCY);
        assertThat(net.route(Intent.OFFER_CHECK, 0.9, Level.STRONG, false))
                .isEqualTo(Intent.OFFER_CHECK);
        assertThat(net.route(Intent.OFFER_CHECK, 0.3, Level.WEAK, false))
                .isEqualTo(Intent.OFFER_CHECK);
        assertThat(net.route(Intent.OFFER_CHECK, 0.1, Level.WEAK, false))
                .isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void pastStoriesAreLeftToTheModel() {
        assertThat(danger.isPast(normaliser.tokens("dolo beta dipukul majikan", "mkn"))).isTrue();
        assertThat(danger.isPast(normaliser.tokens("I used to be beaten", "en"))).isTrue();
        assertThat(danger.isPast(normaliser.tokens("saya dipukul majikan", "id"))).isFalse();
        assertThat(net.route(Intent.EXPERIENCE_SHARE, 0.3, Level.STRONG, true))
                .isEqualTo(Intent.EXPERIENCE_SHARE);
    }

    @Test
    void politeRequestsWithTolongAreNotDanger() {
        assertThat(level("tolong info syarat ke Taiwan", "id")).isEqualTo(Level.NONE);
        assertThat(level("pls help me check this offer", "en")).isEqualTo(Level.NONE);
        assertThat(level("tolong kak", "id")).isEqualTo(Level.WEAK);
        assertThat(level("tolong saya", "id")).as("help me").isEqualTo(Level.STRONG);
    }

    @Test
    void withoutDangerTheModelDecides() {
        assertThat(net.route(Intent.GREETING, 0.4, Level.NONE, false)).isEqualTo(Intent.GREETING);
    }

    private Level level(String text, String language) {
        return danger.in(normaliser.tokens(text, language));
    }
}
