package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnAgeTests {

    @Test
    void aChildGivingHerOwnAgeIsTheWriter() {
        assertThat(OwnAge.given("kak aku umur 15, ada om tawarin kerja di bali")).isTrue();
        assertThat(OwnAge.given("umur beta baru 16")).isTrue();
        assertThat(OwnAge.given("sy masih 17 thn")).isTrue();
        assertThat(OwnAge.given("I'm 16 and they offered me a job")).isTrue();
    }

    @Test
    void theAgeOfSomeoneOfMineIsNotTheWriters() {
        assertThat(OwnAge.given("Anak perempuan saya umur 16 tahun")).isFalse();
        assertThat(OwnAge.given("adik saya umur 15 mau dibawa ke malaysia")).isFalse();
        assertThat(OwnAge.given("beta pung ade umur 14")).isFalse();
    }
}
