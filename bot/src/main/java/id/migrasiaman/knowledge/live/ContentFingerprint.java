package id.migrasiaman.knowledge.live;

import id.migrasiaman.knowledge.content.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of the content files' names and bytes. Hashing the bytes rather than comparing
 * modification times catches two saves within the same second; the files are small enough (a few
 * hundred kilobytes) to read every poll.
 */
final class ContentFingerprint {

    private ContentFingerprint() {}

    static String of(Path dir) {
        MessageDigest digest = sha256();
        List<String> files = new ArrayList<>(YamlFiles.topicFiles(dir));
        files.add(YamlFiles.HOTLINES);
        files.add(YamlFiles.RED_FLAGS);
        files.add(YamlFiles.OFF_TOPIC);
        for (String file : files) {
            digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(dir.resolve(file)));
            } catch (IOException e) {
                digest.update((byte) 1); // missing or unreadable: the lint will say which
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
