package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.content.Problem;
import java.util.List;

/** The content directory failed the content lint; {@link #problems()} says what to fix. */
public class InvalidContentException extends RuntimeException {

    private final List<String> problems;

    public InvalidContentException(List<Problem> problems) {
        super(describe(problems));
        this.problems = problems.stream().map(Problem::toString).toList();
    }

    /** Each problem as {@code file: message}. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text =
                new StringBuilder(
                        "Invalid content ("
                                + problems.size()
                                + (problems.size() == 1 ? " problem)" : " problems)"));
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
