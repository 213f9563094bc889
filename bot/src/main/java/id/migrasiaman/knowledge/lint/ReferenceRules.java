package id.migrasiaman.knowledge.lint;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Hotline;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.content.RedFlag;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.content.YamlFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Numbers and addresses users will act on: every phone number shown must be a listed hotline, and
 * every web address must be one of the sources of the text that shows it.
 */
final class ReferenceRules {

    private ReferenceRules() {}

    static void check(ContentSet content, List<Problem> problems) {
        Set<String> hotlines =
                content.hotlines().stream().map(Hotline::digits).collect(Collectors.toSet());
        for (Topic topic : content.topics()) {
            checkSources(topic.file(), "sources", topic.sources(), problems);
            for (String language : List.of("id", "en")) {
                for (String field : List.of("answer", "more")) {
                    Localized text = field.equals("answer") ? topic.answer() : topic.more();
                    check(
                            topic.file(),
                            field + "." + language,
                            text.in(language),
                            topic.sources(),
                            hotlines,
                            problems);
                }
            }
        }
        for (RedFlag flag : content.flags()) {
            for (String language : List.of("id", "en")) {
                check(
                        YamlFiles.RED_FLAGS,
                        flag.id() + ".explanation." + language,
                        flag.explanation().in(language),
                        List.of(flag.source()),
                        hotlines,
                        problems);
            }
        }
    }

    private static void check(
            String file,
            String field,
            String html,
            List<Source> sources,
            Set<String> hotlines,
            List<Problem> problems) {
        // Without a readable hotlines.yml every number would be reported; its own problem suffices.
        List<String> numbers =
                hotlines.isEmpty() ? List.of() : AnswerReferences.unknownNumbers(html, hotlines);
        for (String number : numbers) {
            problems.add(
                    new Problem(
                            file,
                            field
                                    + " mentions phone number "
                                    + number
                                    + ", which is not in "
                                    + YamlFiles.HOTLINES));
        }
        for (String url : AnswerReferences.unknownUrls(html, sources)) {
            problems.add(
                    new Problem(
                            file,
                            field + " mentions " + url + ", which is not one of its sources"));
        }
    }

    private static void checkSources(
            String file, String field, List<Source> sources, List<Problem> problems) {
        if (sources.isEmpty()) {
            problems.add(new Problem(file, field + " lists no source"));
        }
        for (int i = 0; i < sources.size(); i++) {
            String url = sources.get(i).url();
            if (!url.isEmpty() && !AnswerReferences.isWebAddress(url)) {
                problems.add(
                        new Problem(
                                file,
                                field
                                        + "["
                                        + (i + 1)
                                        + "].url '"
                                        + url
                                        + "' is not an http(s) address"));
            }
        }
    }
}
