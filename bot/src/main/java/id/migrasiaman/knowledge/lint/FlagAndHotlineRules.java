package id.migrasiaman.knowledge.lint;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.Source;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Hotline;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.content.RedFlag;
import id.migrasiaman.knowledge.content.YamlFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Required red flags, unique ids, a pattern for every flag recognised by patterns only, and sources
 * for the red flags and the hotlines.
 */
final class FlagAndHotlineRules {

    private FlagAndHotlineRules() {}

    static void check(ContentSet content, List<Problem> problems) {
        checkFlags(content.flags(), problems);
        checkHotlines(content.hotlines(), problems);
    }

    private static void checkFlags(List<RedFlag> flags, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        for (RedFlag flag : flags) {
            if (!ids.add(flag.id())) {
                problems.add(flagProblem("flag id '" + flag.id() + "' is used twice"));
            }
            for (String language : List.of("id", "en")) {
                String field = flag.id() + ".explanation." + language + ": ";
                TelegramHtml.problems(flag.explanation().in(language))
                        .forEach(p -> problems.add(flagProblem(field + p)));
            }
            checkSource(YamlFiles.RED_FLAGS, flag.id(), flag.source(), problems);
            if (!flag.recognisedBy().trustsModel() && flag.patterns().isEmpty()) {
                problems.add(
                        flagProblem(
                                "flag '"
                                        + flag.id()
                                        + "' is recognised_by patterns but has no pattern: nothing"
                                        + " could raise it"));
            }
        }
        ContentValidator.REQUIRED_FLAGS.stream()
                .filter(required -> !ids.contains(required))
                .forEach(id -> problems.add(flagProblem("required flag '" + id + "' is missing")));
    }

    private static void checkHotlines(List<Hotline> hotlines, List<Problem> problems) {
        if (hotlines.isEmpty()) {
            problems.add(new Problem(YamlFiles.HOTLINES, "lists no hotline"));
        }
        Set<String> ids = new HashSet<>();
        for (Hotline hotline : hotlines) {
            if (!ids.add(hotline.id())) {
                problems.add(
                        new Problem(
                                YamlFiles.HOTLINES,
                                "hotline id '" + hotline.id() + "' is used twice"));
            }
            checkSource(YamlFiles.HOTLINES, hotline.id(), hotline.source(), problems);
        }
    }

    private static Problem flagProblem(String message) {
        return new Problem(YamlFiles.RED_FLAGS, message);
    }

    private static void checkSource(String file, String owner, Source source, List<Problem> out) {
        if (!source.url().isEmpty() && !AnswerReferences.isWebAddress(source.url())) {
            out.add(
                    new Problem(
                            file,
                            owner
                                    + ".source.url '"
                                    + source.url()
                                    + "' is not an http(s) address"));
        }
    }
}
