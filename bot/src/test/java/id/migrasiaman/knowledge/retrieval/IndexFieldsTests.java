package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What the index really holds: the analysed tokens of the words users type. */
class IndexFieldsTests {

    @Test
    void indonesianKeepsWordsWholeAndStripsOnlyParticlesAndPossessives() {
        assertThat(
                        IndexFields.tokens(
                                IndexFields.PHRASING_ID,
                                "keluarga paspor pekerjaan bekerja keluar"))
                .containsExactly("keluarga", "paspor", "pekerjaan", "bekerja", "keluar");
        assertThat(IndexFields.tokens(IndexFields.PHRASING_ID, "paspornya keluargaku bisakah"))
                .containsExactly("paspor", "keluarga");
    }

    @Test
    void indonesianDropsQuestionWordsAndFunctionWords() {
        assertThat(
                        IndexFields.tokens(
                                IndexFields.PHRASING_ID, "bagaimana cara membuat paspor yang"))
                .containsExactly("cara", "membuat", "paspor");
    }

    @Test
    void indonesianDropsChatParticlesAndKupangFunctionWordsTheNormaliserKeeps() {
        // "beta musti bawa surat apa sa ko?" after normalisation: only the content words count.
        assertThat(
                        IndexFields.tokens(
                                IndexFields.PHRASING_ID, "saya musti bawa surat apa saja ko sih"))
                .containsExactly("bawa", "surat");
    }

    @Test
    void lucenesIndonesianAnalyzerWouldOverStem() throws IOException {
        // Why the custom chain exists: the stock analyser conflates keluarga (family) and keluar.
        assertThat(stock("keluarga keluar pekerjaan bekerja"))
                .containsExactly("luarga", "luar", "kerja", "kerja");
    }

    @Test
    void englishIsStemmedAndStopped() {
        assertThat(
                        IndexFields.tokens(
                                IndexFields.PHRASING_EN, "Where are the passports of workers?"))
                .containsExactly("where", "passport", "worker");
    }

    @Test
    void answerFieldsAreAnalysedLikeTheirLanguage() {
        assertThat(IndexFields.tokens(IndexFields.ANSWER_ID, "Paspornya"))
                .containsExactly("paspor");
        assertThat(IndexFields.tokens(IndexFields.ANSWER_EN, "contracts"))
                .containsExactly("contract");
    }

    private static List<String> stock(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (IndonesianAnalyzer analyzer = new IndonesianAnalyzer();
                TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
