package id.migrasiaman.knowledge.content;

/**
 * One thing wrong with the content, precise enough for a content editor to fix it.
 *
 * @param file the file, relative to the content directory, e.g. {@code topics/costs.yml}
 * @param message what is wrong, e.g. {@code answer.id is 1740 characters, limit 1500}
 */
public record Problem(String file, String message) {

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
