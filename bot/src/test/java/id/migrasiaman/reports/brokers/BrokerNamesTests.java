package id.migrasiaman.reports.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerNamesTests {

    @Test
    void stripsTitlesCaseAccentsAndPunctuation() {
        assertThat(BrokerNames.normalise("Om  Yanto")).isEqualTo("yanto");
        assertThat(BrokerNames.normalise("Bapak Yosef N.")).isEqualTo("yosef n");
        assertThat(BrokerNames.normalise("Mama Ína")).isEqualTo("ina");
        assertThat(BrokerNames.normalise("Kaka")).isEmpty();
        assertThat(BrokerNames.normalise(null)).isEmpty();
    }

    @Test
    void similarMeansATypoNotAnotherName() {
        assertThat(BrokerNames.similar("yanto", "yantho")).isTrue();
        assertThat(BrokerNames.similar("markus", "marcus")).isTrue();
        assertThat(BrokerNames.similar("yosef", "yosep")).isTrue();
        assertThat(BrokerNames.similar("ina", "ani")).isFalse();
        assertThat(BrokerNames.similar("yos", "ros")).isFalse();
        assertThat(BrokerNames.similar("yanto", "anton")).isFalse();
        assertThat(BrokerNames.similar("", "")).isFalse();
    }

    @Test
    void jaroWinklerMatchesTheTextbookValues() {
        assertThat(BrokerNames.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within());
        assertThat(BrokerNames.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within());
        assertThat(BrokerNames.levenshtein("kitten", "sitting")).isEqualTo(3);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }
}
