package id.migrasiaman.nlp.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;

/**
 * Every model the analyser needs, with its params: intent, language, the binary "is this about
 * working abroad?" relevance model, and one binary model per red flag.
 *
 * @param flags flag id to its model, in the order of {@code flags.txt}
 */
public record ModelSet(
        DoccatModel intent,
        ModelParams intentParams,
        DoccatModel language,
        ModelParams languageParams,
        DoccatModel relevance,
        ModelParams relevanceParams,
        Map<String, DoccatModel> flags,
        ModelParams flagParams) {

    public ModelSet {
        flags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }

    /** The params of every model, read from the classpath. */
    public record Params(
            ModelParams intent, ModelParams language, ModelParams relevance, ModelParams flags) {

        /** Loads {@code params/intent|language|relevance|flags.params}. */
        public static Params load() {
            return new Params(
                    ModelParams.load("intent"),
                    ModelParams.load("language"),
                    ModelParams.load("relevance"),
                    ModelParams.load("flags"));
        }
    }

    /** Loads the models the nlp-models build packaged. */
    public static ModelSet fromClasspath() {
        Params p = Params.load();
        Map<String, DoccatModel> flags = new LinkedHashMap<>();
        for (String id : flagIds()) {
            flags.put(id, Models.load(Models.flagFile(id), p.flags()));
        }
        return new ModelSet(
                Models.load(Models.INTENT_FILE, p.intent()),
                p.intent(),
                Models.load(Models.LANGUAGE_FILE, p.language()),
                p.language(),
                Models.load(Models.RELEVANCE_FILE, p.relevance()),
                p.relevance(),
                flags,
                p.flags());
    }

    private static java.util.List<String> flagIds() {
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                Models.open(Models.FLAGS_FILE), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
