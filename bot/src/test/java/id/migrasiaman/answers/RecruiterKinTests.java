package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A relative as recruiter is still a recruiter (trial 18, D35). */
class RecruiterKinTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tapi om tu keluarga sendiri jadi aman to?",
                "om yg bawa beta tu keluarga, jadi sonde mungkin dia tipu beta to?",
                "the recruiter is my own uncle, so it's safe?",
                "yang ajak itu tetangga sendiri, bisa dipercaya kan?"
            })
    void aRelativeTrustedAsRecruiterIsRead(String text) {
        assertThat(RecruiterKin.trusted(text)).isTrue();
        assertThat(FollowUpQuestion.afterOffer(text))
                .hasValue(new FollowUpQuestion(FollowUpQuestion.Aspect.PUSHBACK));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tapi sepupu sa su kerja di sana 2 tahun aman2 sa",
                "berapa biayanya?",
                "kirim uang ke keluarga lewat apa?"
            })
    void otherMessagesAreNot(String text) {
        assertThat(RecruiterKin.trusted(text)).isFalse();
    }
}
