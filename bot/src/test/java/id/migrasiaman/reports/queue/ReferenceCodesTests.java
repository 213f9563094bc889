package id.migrasiaman.reports.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.brokers.Phones;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceCodesTests {

    @Test
    void codesAreWellFormedAndDistinct() {
        ReferenceCodes codes = new ReferenceCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("LPR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(ReferenceCodes.normalise(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typedCodesAreReadTheWayCrockfordReadsThem() {
        assertThat(ReferenceCodes.normalise("lpr 7k3q m2xa")).contains("LPR-7K3Q-M2XA");
        assertThat(ReferenceCodes.normalise("LPR7K3QM2XA")).contains("LPR-7K3Q-M2XA");
        assertThat(ReferenceCodes.normalise("LPR-OIL0-0000")).contains("LPR-0110-0000");
        assertThat(ReferenceCodes.normalise("LPR-7K3Q-M2XU")).isEmpty();
        assertThat(ReferenceCodes.normalise("LPR-7K3Q")).isEmpty();
        assertThat(ReferenceCodes.normalise(null)).isEmpty();
    }

    @Test
    void phonesBecomeE164() {
        assertThat(Phones.normalise("0812-3456-7890")).contains("+6281234567890");
        assertThat(Phones.normalise("62 812 3456 7890")).contains("+6281234567890");
        assertThat(Phones.normalise("+60 12-345 6789")).contains("+60123456789");
        assertThat(Phones.normalise("12")).isEmpty();
        assertThat(Phones.normalise("tidak tahu")).isEmpty();
    }
}
