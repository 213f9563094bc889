package id.migrasiaman.route;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A copy of the real route content in a temporary directory, for tests that edit it. */
final class RouteContentCopy {

    static final Path CONTENT = Path.of("../content");

    private RouteContentCopy() {}

    static Path into(Path target) {
        try {
            Files.createDirectories(target.resolve("route"));
            Files.copy(CONTENT.resolve("hotlines.yml"), target.resolve("hotlines.yml"));
            try (var files = Files.list(CONTENT.resolve("route"))) {
                for (Path file : files.toList()) {
                    Files.copy(
                            file,
                            target.resolve("route").resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path dir, String file, String from, String to) {
        try {
            Path path = dir.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException("not in " + file + ": " + from);
            }
            Files.writeString(
                    path,
                    text.replaceFirst(
                            java.util.regex.Pattern.quote(from),
                            java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
