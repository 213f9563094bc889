package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.lint.ContentLintTests;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round 21 (offers21): the editors' patterns of red-flags.yml on the kinds of clean offers final17
 * flagged and the English misses it showed. A rat path named only to say the route is not one, and
 * a passport kept by the crew member himself, are no sign; a permit "arranged over there" and a
 * contract handed out at the border are.
 */
class RedFlagPatternsRoundTwentyOneTests {

    private static OfferChecker checker;

    @BeforeAll
    static void loadRedFlags() {
        checker = OfferChecker.fromDirectory(ContentLintTests.CONTENT);
    }

    private static List<String> flags(String offer) {
        return checker.check(offer).stream().map(RedFlagHit::flagId).toList();
    }

    @Test
    void aRatPathNamedToDenyItIsNoIrregularRoute() {
        assertThat(flags("Om saya ke kebun di Sabah naik pesawat, tidak lewat jalan tikus"))
                .doesNotContain("irregular-route");
        assertThat(flags("pi Sabah pake visa karja, sonde lewat jalur tikus"))
                .doesNotContain("irregular-route");
        assertThat(flags("We go with the agency by plane, never by rat paths"))
                .doesNotContain("irregular-route");
    }

    @Test
    void aRatPathTakenIsStillAnIrregularRoute() {
        assertThat(flags("om mau antar beta lewat jalan tikus ke Sarawak"))
                .contains("irregular-route");
        assertThat(flags("They walk the group over a rat path into Sabah"))
                .contains("irregular-route");
    }

    @Test
    void aPassportKeptByTheWorkerHimselfIsNoDocumentsHeld() {
        assertThat(flags("Deckhand job on a longliner, passport kept by the crew member himself"))
                .doesNotContain("documents-held");
        assertThat(flags("Passports are kept by the recruiter until the debt is paid"))
                .contains("documents-held");
    }

    @Test
    void aPermitArrangedOverThereIsAVisitVisa() {
        assertThat(flags("Boat to Sandakan tonight, the work permit gets sorted out over there"))
                .contains("visit-visa");
        assertThat(flags("The work visa is arranged by the agency before departure"))
                .doesNotContain("visit-visa");
    }

    @Test
    void aContractHandedOutAtTheBorderIsNoContract() {
        assertThat(flags("He says the contracts are given to the girls at the border"))
                .contains("no-contract");
    }
}
