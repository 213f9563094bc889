package id.migrasiaman.tools;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.TextAnalyser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code classify}: reads UTF-8 messages from stdin, one a line, and writes one JSON object a line
 * to stdout: text, language, intent, confidence, topic, whether it is about working abroad, the red
 * flags (ids of red-flags.yml, as the offer checker finds them), entities. Nothing else goes to
 * stdout.
 */
public final class ClassifyCommand implements Consumer<String[]> {

    private final Supplier<TextAnalyser> analyser;
    private final Function<String, String> topicFinder;
    private final BiFunction<String, List<String>, List<String>> flagFinder;
    private final InputStream in;
    private final PrintStream out;

    /**
     * @param topicFinder the knowledge topic id of a text, or {@code null} when none fits
     */
    public ClassifyCommand(Function<String, String> topicFinder) {
        this(topicFinder, (text, understood) -> understood);
    }

    /**
     * @param topicFinder the knowledge topic id of a text, or {@code null} when none fits
     * @param flagFinder the red-flag ids of a text given the ids the models recognised in it
     */
    public ClassifyCommand(
            Function<String, String> topicFinder,
            BiFunction<String, List<String>, List<String>> flagFinder) {
        this(
                OpenNlpAnalyser::fromClasspath,
                topicFinder,
                flagFinder,
                System.in,
                OfflineStreams.stdout());
    }

    ClassifyCommand(
            Supplier<TextAnalyser> analyser,
            Function<String, String> topicFinder,
            BiFunction<String, List<String>, List<String>> flagFinder,
            InputStream in,
            PrintStream out) {
        this.analyser = analyser;
        this.topicFinder = topicFinder;
        this.flagFinder = flagFinder;
        this.in = in;
        this.out = out;
    }

    @Override
    public void accept(String[] args) {
        OfflineStreams.logToStderr();
        TextAnalyser models = analyser.get();
        JsonMapper json = JsonMapper.builder().build(); // built here: the bot itself never needs it
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.println(json.writeValueAsString(toJson(json, models.analyse(line))));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode toJson(JsonMapper json, Analysis a) {
        ObjectNode node = json.createObjectNode();
        node.put("text", a.text());
        node.put("language", a.language());
        node.put("intent", a.intent().label());
        node.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
        node.put("topic", topicFinder.apply(a.text()));
        node.put("about_work_abroad", a.aboutWorkAbroad());
        strings(node.putArray("flags"), flagFinder.apply(a.text(), a.flags()));
        ObjectNode entities = node.putObject("entities");
        strings(entities.putArray("phones"), a.entities().phones());
        strings(entities.putArray("destinations"), a.entities().destinations());
        strings(entities.putArray("transits"), a.entities().transits());
        strings(entities.putArray("kecamatan"), a.entities().kecamatan());
        ArrayNode amounts = entities.putArray("amounts");
        a.entities().amounts().forEach(amounts::add);
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
