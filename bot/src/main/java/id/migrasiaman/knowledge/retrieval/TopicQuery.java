package id.migrasiaman.knowledge.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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
                                        term ->
                                                query.add(
                                                        clause(field, term, params),
                                                        Occur.SHOULD)));
        if (excludedKey != null) {
            query.add(new TermQuery(new Term(IndexFields.KEY, excludedKey)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The score this question would get against itself as an Indonesian or English phrasing. */
    double selfScore(FieldStatistics statistics, String language) {
        String field = "en".equals(language) ? IndexFields.PHRASING_EN : IndexFields.PHRASING_ID;
        return statistics.selfScore(field, termsByField.get(field));
    }

    private static Query clause(String field, String term, RetrievalParams params) {
        Query query = new TermQuery(new Term(field, term));
        return field.startsWith("a_") ? new BoostQuery(query, params.answerBoost()) : query;
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
