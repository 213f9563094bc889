package id.migrasiaman.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated pseudonym key is private to its owner and may live outside the data folder. */
class PseudonymKeyFileTests {

    @TempDir Path dir;

    @Test
    void aNewKeyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("secrets/pseudonym.key");

        PseudonymKeyFile.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void anExistingKeyKeepsItsPseudonyms() throws Exception {
        Path file = dir.resolve("pseudonym.key");
        Files.writeString(
                file, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");

        byte[] key = PseudonymKeyFile.readOrCreate(file);

        assertThat(key).hasSize(32).startsWith((byte) 0x00, (byte) 0x11);
        assertThat(PseudonymKeyFile.readOrCreate(file)).isEqualTo(key);
    }

    @Test
    void theKeyFileCanLiveOutsideTheDataFolder() {
        Path data = dir.resolve("data");
        Path elsewhere = dir.resolve("etc/migrasi/pseudonym.key");

        assertThat(new PrivacySettings(null, elsewhere).keyFile(data)).isEqualTo(elsewhere);
        assertThat(new PrivacySettings(null, null).keyFile(data))
                .isEqualTo(data.resolve("pseudonym.key"));
        PseudonymKeyFile.readOrCreate(elsewhere);
        assertThat(elsewhere).exists();
        assertThat(data).doesNotExist();
    }
}
