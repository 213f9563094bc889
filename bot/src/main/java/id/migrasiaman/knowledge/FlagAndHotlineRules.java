package id.migrasiaman.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Required red flags, unique ids, and sources for the red flags and the hotlines. */
final class FlagAndHotlineRules {

    private FlagAndHotlineRules() {}

    static void check(ContentSet content, List<Problem> problems) {
        Set<String> flagIds = new HashSet<>();
        for (RedFlag flag : content.flags()) {
            if (!flagIds.add(flag.id())) {
                problems.add(
                        new Problem(
                                YamlFiles.RED_FLAGS, "flag id '" + flag.id() + "' is used twice"));
            }
            for (String language : List.of("id", "en")) {
                TelegramHtml.problems(flag.explanation().in(language))
                        .forEach(
                                p ->
                                        problems.add(
                                                new Problem(
                                                        YamlFiles.RED_FLAGS,
                                                        flag.id()
                                                                + ".explanation."
                                                                + language
                                                                + ": "
                                                                + p)));
            }
            checkSource(YamlFiles.RED_FLAGS, flag.id(), flag.source(), problems);
        }
        for (String required : ContentValidator.REQUIRED_FLAGS) {
            if (!flagIds.contains(required)) {
                problems.add(
                        new Problem(
                                YamlFiles.RED_FLAGS,
                                "required flag '" + required + "' is missing"));
            }
        }
        if (content.hotlines().isEmpty()) {
            problems.add(new Problem(YamlFiles.HOTLINES, "lists no hotline"));
        }
        Set<String> hotlineIds = new HashSet<>();
        for (Hotline hotline : content.hotlines()) {
            if (!hotlineIds.add(hotline.id())) {
                problems.add(
                        new Problem(
                                YamlFiles.HOTLINES,
                                "hotline id '" + hotline.id() + "' is used twice"));
            }
            checkSource(YamlFiles.HOTLINES, hotline.id(), hotline.source(), problems);
        }
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
