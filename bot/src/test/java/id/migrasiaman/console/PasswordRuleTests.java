package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's password rule: long, not common, not the user name. */
class PasswordRuleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jagung merah lari pagi",
                "kata-sandi-uji-123",
                "Tiga ekor kuda di Oesapa!",
                "q8#Lm2@vRt5z"
            })
    void longUncommonPasswordsAreAccepted(String password) {
        assertThatCode(() -> PasswordRule.check("maria", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "short-1",
                "12345678901",
                "123456789012",
                "passwordpassword",
                "P@ssw0rd2024!",
                "Kupang2024!!!",
                "1Indonesia2025",
                "sayangsayang",
                "qwertyuiopasdf",
                "administrator",
                "aaaaaaaaaaaaaa",
                "2024-12-31 !!!",
                "maria-kupang-99",
            })
    void shortCommonOrPersonalPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordRule.check("maria", password))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
