package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (offers24): kinds of misses read on final20 (a dev set from this round) and on an own
 * English probe, recognised by the editors' patterns of red-flags.yml, in our own wording: a family
 * card and diploma taken "as a guarantee", certificates handed to the recruiter, a schoolgirl "in
 * year 9", "in under a week" and "this week" with words between, departure "within one week" in
 * Kupang Malay, "no P3MI needed" and "son ada PT", money into his own account, a stranger on
 * Instagram, a live-in carer for an old couple in Abu Dhabi, a job in Pontianak or a Bali hotel and
 * abroad after some months; and the offers that must stay clean: a placement fee not collected, a
 * licensed programme's office visit next week, "no company may charge".
 */
class RedFlagPatternsRoundTwentyFourTests {

    private static List<String> flags(String offer) {
        return RedFlagPatternsRoundTwentyTwoTests.flags(offer);
    }

    @Test
    void papersTakenAsAGuaranteeOrLeftWithTheRecruiterAreHeld() {
        assertThat(flags("calo ambil KK sama ijazah adik, bilangnya buat jaminan biar tidak kabur"))
                .contains("documents-held");
        assertThat(flags("We were told to leave our diplomas and family cards with the agent"))
                .contains("documents-held");
    }

    @Test
    void aChildStillInYearNineIsUnderage() {
        assertThat(flags("My neighbour's girl is still in year 9 and a man wants her for a shop"))
                .contains("underage-or-forged");
    }

    @Test
    void underAWeekOrThisWeekIsAFastDeparture() {
        assertThat(flags("Sign today, the whole process is done in under a week"))
                .contains("fast-departure");
        assertThat(flags("Pack your bag, you fly out by Saturday")).contains("fast-departure");
        assertThat(flags("We go by bus to Entikong and cross into Sarawak with the boss this week"))
                .contains("fast-departure");
        assertThat(flags("om bilang dalam satu minggu su bisa barangkat pi sabah"))
                .contains("fast-departure");
        assertThat(
                        flags(
                                "You go to the Disnaker office next week to register for the licensed"
                                        + " programme"))
                .doesNotContain("fast-departure");
    }

    @Test
    void noCompanyBehindTheOfferIsAnUnlicensedRecruiter() {
        assertThat(flags("He says no P3MI is needed, he knows the employer personally"))
                .contains("unlicensed-agency");
        assertThat(flags("karja kebun di sabah, son ada PT, bapa sandiri yang bawa"))
                .contains("unlicensed-agency");
        assertThat(flags("Transfer the ticket money into his own BRI account by tonight"))
                .contains("unlicensed-agency");
        assertThat(flags("A woman from TikTok keeps messaging my cousin about a job in Penang"))
                .contains("unlicensed-agency");
        assertThat(flags("tidak ada perusahaan yang boleh memungut biaya penempatan dari pekerja"))
                .doesNotContain("unlicensed-agency");
    }

    @Test
    void aLiveInCarerForAnOldCoupleInTheGulfIsUnderTheMoratorium() {
        assertThat(flags("Live-in job looking after an elderly woman at her home in Doha"))
                .contains("moratorium-domestic-work");
        assertThat(flags("Riyadh family, caregiver wanted, 1500 riyal"))
                .contains("moratorium-domestic-work");
    }

    @Test
    void aJobAtHomeAndAbroadAfterSomeMonthsIsALocalJobThenAbroad() {
        assertThat(flags("Cleaner at a hotel in Lombok, after three months you go to Singapore"))
                .contains("local-job-then-abroad");
        assertThat(flags("nona jaga toko di pontianak dolo, nanti pi sarawak"))
                .contains("local-job-then-abroad");
    }

    @Test
    void aPlacementFeeNotCollectedIsNoFee() {
        assertThat(
                        flags(
                                "PT berizin, biaya penempatan tdk dipungut dari pekerja, kontrak"
                                        + " ditandatangani di Disnaker"))
                .doesNotContain("upfront-fees");
    }
}
