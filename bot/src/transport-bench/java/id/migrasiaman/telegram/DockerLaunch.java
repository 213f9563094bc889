package id.migrasiaman.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bot started the way the {@code Dockerfile} starts it, so that the benchmark's start figure is
 * the deployment's: {@code target/bot.jar} extracted ({@code -Djarmode=tools extract}), one training
 * run that refreshes the context and exits ({@code -Dspring.context.exit=onRefresh}) writing a class
 * data sharing archive, then the bot started with {@code -XX:SharedArchiveFile} and {@code -jar}.
 * The extracted jar and its archive are kept under {@code target/bench-app} and made again when the
 * jar is newer.
 */
final class DockerLaunch {

    private static final Path JAR = Path.of("target", "bot.jar").toAbsolutePath();
    private static final Path APP = Path.of("target", "bench-app").toAbsolutePath();

    private DockerLaunch() {}

    /** The JVM options and jar to start the bot with ({@link ChildBot#launchedWith}). */
    static List<String> launcher() throws IOException, InterruptedException {
        Path archive = APP.resolve("app.jsa");
        if (!Files.exists(archive) || olderThanJar(archive)) {
            prepare(archive);
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", APP.resolve("bot.jar").toString());
    }

    private static boolean olderThanJar(Path archive) throws IOException {
        FileTime jar = Files.getLastModifiedTime(JAR);
        return Files.getLastModifiedTime(archive).compareTo(jar) < 0;
    }

    private static void prepare(Path archive) throws IOException, InterruptedException {
        delete(APP);
        run(APP.getParent(), List.of("-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", APP.toString()));
        Path training = Files.createTempDirectory("cds-training");
        // As the Dockerfile's training run: webhook mode, a throw-away data folder, no port opened.
        run(APP, List.of(
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh",
                "-jar", APP.resolve("bot.jar").toString(),
                "--migrasi.store.data-dir=" + training,
                "--migrasi.content.dir=" + Path.of("..", "content").toAbsolutePath().normalize(),
                "--migrasi.privacy.pseudonym-secret=cds-training-only-0123456789abcdef",
                "--migrasi.telegram.token=0:cds-training",
                "--migrasi.telegram.webhook-url=https://cds.invalid/telegram/webhook",
                "--migrasi.telegram.webhook-secret=cds-training"));
        delete(training);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the CDS training run wrote no " + archive);
        }
    }

    private static void run(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Path log = Path.of("target", "child-logs", "cds-" + args.get(0).replaceAll("[^a-zA-Z]", "") + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + command + "; see " + log);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
