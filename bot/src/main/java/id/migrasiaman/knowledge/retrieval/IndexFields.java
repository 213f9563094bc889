package id.migrasiaman.knowledge.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The searchable fields and how each is analysed. Phrasings and titles go to {@code q_*}, answers
 * to {@code a_*}; Indonesian and Kupang Malay share the Indonesian fields because the normaliser
 * maps Kupang Malay to Indonesian first.
 */
final class IndexFields {

    static final String TOPIC = "topic";
    static final String KEY = "key";
    static final String PHRASING_ID = "q_id";
    static final String PHRASING_EN = "q_en";
    static final String ANSWER_ID = "a_id";
    static final String ANSWER_EN = "a_en";

    static final Analyzer INDONESIAN = new IndonesianTextAnalyzer();
    static final Analyzer ENGLISH = new EnglishAnalyzer();

    static final Analyzer PER_FIELD =
            new PerFieldAnalyzerWrapper(
                    INDONESIAN, Map.of(PHRASING_EN, ENGLISH, ANSWER_EN, ENGLISH));

    private IndexFields() {}

    /** The fields a query in either language is searched in, Indonesian first. */
    static List<String> searched() {
        return List.of(PHRASING_ID, PHRASING_EN, ANSWER_ID, ANSWER_EN);
    }

    /** The tokens {@code field}'s analyser makes of {@code text}; tests assert these. */
    static List<String> tokens(String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = PER_FIELD.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
