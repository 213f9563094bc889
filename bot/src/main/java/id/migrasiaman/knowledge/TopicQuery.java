package id.migrasiaman.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * A user question analysed for every field, the Lucene query built from it, and its self-match
 * score: what it would score against a phrasing identical to itself. Dividing by the self-match
 * makes scores of short and long questions comparable, so one threshold fits both.
 */
final class TopicQuery {

    /**
     * Beyond this many distinct terms per field a message is not a question; keeps queries cheap.
     */
    private static final int MAX_TERMS = 48;

    private final Map<String, Map<String, Integer>> termsByField = new LinkedHashMap<>();

    TopicQuery(String normalisedText) {
        for (String field : IndexFields.searched()) {
            String analysedAs = field.startsWith("a_") ? "q_" + field.substring(2) : field;
            termsByField.put(field, counts(IndexFields.tokens(analysedAs, normalisedText)));
        }
    }

    Query build(RetrievalParams params, String excludedKey) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        termsByField.forEach(
                (field, terms) ->
                        terms.keySet().stream()
                                .limit(MAX_TERMS)
                                .forEach(
                                        t ->
                                                query.add(
                                                        boosted(
                                                                new TermQuery(new Term(field, t)),
                                                                boost(field, params)),
                                                        Occur.SHOULD)));
        if (excludedKey != null) {
            query.add(new TermQuery(new Term(IndexFields.KEY, excludedKey)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The score this question would get against itself as an Indonesian or English phrasing. */
    double selfScore(IndexSearcher searcher, String language, RetrievalParams params) {
        if ("en".equals(language)) {
            return selfScore(searcher, IndexFields.PHRASING_EN, 1f);
        }
        return selfScore(searcher, IndexFields.PHRASING_ID, 1f)
                + selfScore(searcher, IndexFields.PHRASING_ROOT, params.rootBoost());
    }

    private double selfScore(IndexSearcher searcher, String field, float boost) {
        Map<String, Integer> terms = termsByField.get(field);
        try {
            CollectionStatistics collection = searcher.collectionStatistics(field);
            if (collection == null || terms.isEmpty()) {
                return 0;
            }
            long length = terms.values().stream().mapToLong(Integer::longValue).sum();
            long norm = SmallFloat.intToByte4((int) Math.min(length, Integer.MAX_VALUE));
            double score = 0;
            for (Map.Entry<String, Integer> term : terms.entrySet()) {
                SimScorer scorer =
                        searcher.getSimilarity()
                                .scorer(
                                        boost,
                                        collection,
                                        statistics(searcher, field, term.getKey()));
                score += scorer.score(term.getValue(), norm);
            }
            return score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A term the index has never seen counts as the rarest possible: it adds its full weight. */
    private static TermStatistics statistics(IndexSearcher searcher, String field, String text)
            throws IOException {
        Term term = new Term(field, text);
        long docFreq = Math.max(1, searcher.getIndexReader().docFreq(term));
        long totalFreq = Math.max(docFreq, searcher.getIndexReader().totalTermFreq(term));
        return new TermStatistics(new BytesRef(text), docFreq, totalFreq);
    }

    private static float boost(String field, RetrievalParams params) {
        float boost = field.equals(IndexFields.PHRASING_ROOT) ? params.rootBoost() : 1f;
        return field.startsWith("a_") ? boost * params.answerBoost() : boost;
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        return tokens.stream()
                .collect(
                        Collectors.groupingBy(
                                Function.identity(),
                                LinkedHashMap::new,
                                Collectors.summingInt(t -> 1)));
    }
}
