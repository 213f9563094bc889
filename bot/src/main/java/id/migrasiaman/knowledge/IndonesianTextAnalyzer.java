package id.migrasiaman.knowledge;

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
 * and Kupang Malay. With {@code derivational} false it strips only particles and possessives
 * ({@code paspornya} → {@code paspor}), because Lucene's full stemmer also strips derivational
 * affixes and over-stems ({@code keluarga} → {@code luarga}, {@code keluar} → {@code luar}). The
 * full stemmer is still useful as a second, weaker field: it joins {@code bekerja}, {@code
 * pekerjaan} and {@code kerja}.
 */
final class IndonesianTextAnalyzer extends StopwordAnalyzerBase {

    private final boolean derivational;

    IndonesianTextAnalyzer(boolean derivational) {
        super(IndonesianAnalyzer.getDefaultStopSet());
        this.derivational = derivational;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stopwords);
        result = new IndonesianStemFilter(result, derivational);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
