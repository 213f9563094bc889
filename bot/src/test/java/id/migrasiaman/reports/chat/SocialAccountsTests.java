package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SocialAccountsTests {

    @Test
    void findsProfileLinksAndHandles() {
        assertThat(
                        SocialAccounts.in(
                                "akun fb nya facebook.com/om.yanto.99, tiktok @lowongan_malaysia."))
                .containsExactly("facebook.com/om.yanto.99", "@lowongan_malaysia");
        assertThat(SocialAccounts.in("email saya a@b.com")).isEmpty();
    }

    @Property
    void neverThrows(@ForAll String text) {
        assertThat(SocialAccounts.in(text)).isNotNull();
    }
}
