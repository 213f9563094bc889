package id.migrasiaman.knowledge.retrieval;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The BM25 statistics of each field, read once when the index is built, so a question's self-match
 * is plain arithmetic rather than a dictionary lookup per term. The formula is Lucene's {@code
 * BM25Similarity} with its defaults (k1 = 1.2, b = 0.75).
 */
final class FieldStatistics {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private record Field(long docCount, double averageLength, Map<String, Integer> docFreq) {}

    private final Map<String, Field> fields;

    private FieldStatistics(Map<String, Field> fields) {
        this.fields = fields;
    }

    static FieldStatistics of(IndexReader reader, List<String> names) throws IOException {
        Map<String, Field> fields = new HashMap<>();
        for (String name : names) {
            Terms terms = MultiTerms.getTerms(reader, name);
            if (terms == null || terms.getDocCount() == 0) {
                continue;
            }
            Map<String, Integer> docFreq = new HashMap<>();
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                docFreq.put(term.utf8ToString(), each.docFreq());
            }
            double average = (double) terms.getSumTotalTermFreq() / terms.getDocCount();
            fields.put(name, new Field(terms.getDocCount(), average, docFreq));
        }
        return new FieldStatistics(fields);
    }

    /**
     * The BM25 score of a document identical to the question in {@code field}. A term the field has
     * never seen counts as the rarest possible (in one document): it adds its full weight.
     */
    double selfScore(String field, Map<String, Integer> termCounts) {
        Field stats = fields.get(field);
        if (stats == null || termCounts.isEmpty()) {
            return 0;
        }
        int length = termCounts.values().stream().mapToInt(Integer::intValue).sum();
        // Lucene stores lengths lossily in one byte; decode the same way to match its scores.
        int storedLength = SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
        double norm = K1 * (1 - B + B * storedLength / stats.averageLength());
        double score = 0;
        for (Map.Entry<String, Integer> term : termCounts.entrySet()) {
            int docFreq = Math.max(1, stats.docFreq().getOrDefault(term.getKey(), 0));
            double idf = Math.log(1 + (stats.docCount() - docFreq + 0.5) / (docFreq + 0.5));
            score += idf * term.getValue() / (term.getValue() + norm);
        }
        return score;
    }
}
