package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.lint.ContentLintTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 22 (offers22): kinds of misses read on the dev sets, recognised by the editors' patterns of
 * red-flags.yml alone (the flag model is unchanged), in our own wording: a permit "arranged over
 * there", contracts handed over at the border, a "deposit", the crew's passports kept by the agent,
 * departure "this month too" in chat spelling, Kupang Malay ages in words, a neighbour offering
 * work; and the clean offers that must stay clean: a rat path named only to deny it, a seafarer
 * keeping his own passport, an employer who pays the fees with no deductions.
 */
class RedFlagPatternsRoundTwentyTwoTests {

    private static final OfferChecker REPOSITORY_FLAGS =
            OfferChecker.fromDirectory(ContentLintTests.CONTENT);

    /**
     * The ids the editors' patterns find (the flag model is not asked here); shared with later
     * rounds' pattern tests.
     */
    static List<String> flags(String offer) {
        return REPOSITORY_FLAGS.check(offer).stream().map(RedFlagHit::flagId).toList();
    }

    @Test
    void aPermitArrangedOverThereIsAVisitVisa() {
        assertThat(flags("Palm oil job in Sabah, they say the work permit is arranged there"))
                .contains("visit-visa");
        assertThat(flags("mama bilang dong mo bawa beta pi arab pake visa umra"))
                .contains("visit-visa");
    }

    @Test
    void aContractHandedOverAtTheBorderIsNoContract() {
        assertThat(flags("The agent told my sister the contracts are given at the border"))
                .contains("no-contract");
    }

    @Test
    void aDepositAndTheCrewsPassportsKeptByTheAgentAreSigns() {
        assertThat(flags("Every new deckhand paid a \"deposit\" to the manning agent in Kupang"))
                .contains("upfront-fees");
        assertThat(flags("The manning agent keeps the new crew's passports until the ship leaves"))
                .contains("documents-held");
    }

    @Test
    void leavingThisMonthInChatSpellingIsAFastDeparture() {
        assertThat(flags("kerja pabrik di johor gaji 5jt, bulan ini jg brgkt katanya"))
                .contains("fast-departure");
        assertThat(flags("LPK bilang dijamin brgkt 2 minggu ke korea")).contains("fast-departure");
    }

    @Test
    void anAgeInKupangMalayWordsIsUnderage() {
        assertThat(flags("beta pung ade baru enam bela taun, om mau bawa dia pi malaysia"))
                .contains("underage-or-forged");
    }

    @Test
    void aNeighbourOfferingWorkIsAnIndividualRecruiter() {
        assertThat(flags("tetangga sy nawarin kerja di restoran di johor, katanya gampang"))
                .contains("unlicensed-agency");
    }

    @Test
    void aRatPathNamedOnlyToDenyItIsNoIrregularRoute() {
        assertThat(
                        flags(
                                "Kerja kebun di Tawau lewat PT resmi, visa kerja sudah ada,"
                                        + " bukan lewat jalur tikus"))
                .doesNotContain("irregular-route");
    }

    @Test
    void aCleanLicensedOfferStaysClean() {
        assertThat(
                        flags(
                                "Licensed manning agency, contract signed before departure, no"
                                        + " upfront fee, passport kept by the crew member"))
                .isEmpty();
        assertThat(
                        flags(
                                "We hire a helper through a licensed agency, I pay the agency fees,"
                                        + " no deductions from her salary"))
                .doesNotContain("upfront-fees");
    }

    @Test
    void aBarePlaceNameOnALegalRouteIsNoFlag() {
        assertThat(
                        flags(
                                "Lowongan kebun di Tawau dari P3MI terdaftar di SISKOP2MI, visa kerja"
                                        + " dan kontrak sebelum berangkat, terbang dari Kupang"))
                .isEmpty();
    }
}
