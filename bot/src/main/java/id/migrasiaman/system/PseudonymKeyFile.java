package id.migrasiaman.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated pseudonym key on disk. A new file is created readable by its owner only (0600 on
 * POSIX), so other accounts on the host cannot re-identify pseudonyms; an existing key is read as
 * it is, so pseudonyms stay stable across upgrades.
 */
final class PseudonymKeyFile {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKeyFile.class);

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    private PseudonymKeyFile() {}

    /** The key in {@code file}, created with a random 32-byte key if it does not exist. */
    static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                warnIfOpen(file);
                return HexFormat.of().parseHex(Files.readString(file).strip());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            create(file);
            Files.writeString(
                    file,
                    HexFormat.of().formatHex(secret),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            log.warn(
                    "MIGRASI_PSEUDONYM_SECRET is not set: generated a pseudonym key in {}; set the variable in production",
                    file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the pseudonym key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        if (posix()) {
            // Created with the mode at once: no moment in which the key is world-readable.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            Files.createFile(file);
        }
    }

    private static void warnIfOpen(Path file) throws IOException {
        if (posix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn(
                    "The pseudonym key {} is readable by other accounts; run chmod 600 on it",
                    file.toAbsolutePath());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
