package id.migrasiaman.knowledge.live;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.knowledge.Source;
import java.util.List;

/** The short "Sumber:" line under an answer: distinct publishers, at most three named. */
public final class SourcesLine {

    private static final int NAMED = 3;

    private SourcesLine() {}

    public static String render(List<Source> sources, String language) {
        List<String> publishers = sources.stream().map(Source::publisher).distinct().toList();
        if (publishers.isEmpty()) {
            return "";
        }
        boolean english = "en".equals(language);
        StringBuilder line = new StringBuilder(english ? "Sources: " : "Sumber: ");
        line.append(
                Html.escape(
                        String.join(
                                ", ", publishers.subList(0, Math.min(NAMED, publishers.size())))));
        int rest = publishers.size() - NAMED;
        if (rest > 0) {
            line.append(english ? " and " + rest + " more" : " dan " + rest + " lainnya");
        }
        return "<i>" + line + "</i>";
    }
}
