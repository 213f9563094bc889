package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a follow-up reads from the offer the person pasted before. */
class OfferTermsTests {

    @Test
    void aLegalAdGivesItsCompanyAndLicenceNumber() {
        OfferTerms terms =
                OfferTerms.of(
                        "Lowongan: PT Nusa Bahari Abadi (P3MI, SIP3MI No. 12/345/2025) mencari"
                                + " operator pabrik untuk Taiwan.");
        assertThat(terms.company()).contains("PT Nusa Bahari Abadi");
        assertThat(terms.licence()).contains("12/345/2025");
    }

    @Test
    void anOfferWithoutACompanyNamesNone() {
        OfferTerms terms = OfferTerms.of("om bilang ada karja di kebun, son usa paspor");
        assertThat(terms.company()).isEmpty();
        assertThat(terms.licence()).isEmpty();
    }

    @Test
    void aDeductionIsToldApartFromMoneyAskedUpFront() {
        OfferTerms deducted = OfferTerms.of("son usa bayar dolo, ongkos nanti potong gaji 3 bulan");
        assertThat(deducted.deducted()).isTrue();
        assertThat(deducted.upFront()).isFalse();

        OfferTerms both = OfferTerms.of("bayar 5 juta dulu, sisanya dipotong dari gaji");
        assertThat(both.deducted()).isTrue();
        assertThat(both.upFront()).isTrue();

        OfferTerms english = OfferTerms.of("no fee now, we deduct 3 months of salary later");
        assertThat(english.deducted()).isTrue();
        assertThat(english.upFront()).isFalse();
    }
}
