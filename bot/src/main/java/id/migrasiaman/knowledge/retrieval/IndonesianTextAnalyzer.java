package id.migrasiaman.knowledge.retrieval;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Indonesian analysis for text that the {@code Normaliser} has already mapped from chat spelling
 * and Kupang Malay. It strips only particles and possessives ({@code paspornya} → {@code paspor}):
 * Lucene's {@code IndonesianAnalyzer} also strips derivational affixes and over-stems ({@code
 * keluarga} → {@code luarga}, {@code keluar} → {@code luar}). A second field with the full stemmer
 * was tried and did not change leave-one-out accuracy, so it was dropped.
 */
final class IndonesianTextAnalyzer extends StopwordAnalyzerBase {

    /**
     * Chat particles and Kupang Malay function words that the normaliser leaves as they are (it
     * maps {@code beta} to {@code saya}, but {@code ko}, {@code musti}, {@code sih} stay): they
     * carry no topic, and the off-topic examples, many of them in Kupang Malay, share them most.
     */
    static final List<String> CHAT_STOPWORDS =
            List.of(
                    "ko", "kah", "sih", "ya", "yah", "nih", "deh", "lho", "loh", "kok", "to", "e",
                    "ee", "ais", "ju", "musti", "mesti", "kotong", "kamong", "ose", "sapa", "skali",
                    "mohon", "min", "kak", "gan", "sis", "bro");

    IndonesianTextAnalyzer() {
        super(stopwords());
    }

    private static CharArraySet stopwords() {
        CharArraySet words = CharArraySet.copy(IndonesianAnalyzer.getDefaultStopSet());
        words.addAll(CHAT_STOPWORDS);
        return CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stopwords);
        result = new IndonesianStemFilter(result, false);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
