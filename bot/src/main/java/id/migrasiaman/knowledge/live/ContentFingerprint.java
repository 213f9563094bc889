package id.migrasiaman.knowledge.live;

import id.migrasiaman.knowledge.FilePolling;
import id.migrasiaman.knowledge.content.YamlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hash of the content files' names and bytes ({@link FilePolling#fingerprint}); the files are
 * small enough (a few hundred kilobytes) to read every poll.
 */
final class ContentFingerprint {

    private ContentFingerprint() {}

    static String of(Path dir) {
        List<String> files = new ArrayList<>(YamlFiles.topicFiles(dir));
        files.add(YamlFiles.HOTLINES);
        files.add(YamlFiles.RED_FLAGS);
        files.add(YamlFiles.OFF_TOPIC);
        return FilePolling.fingerprint(dir, files);
    }
}
