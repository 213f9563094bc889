package id.migrasiaman.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Evidence in GridFS: hashed and measured while streaming, stored once per key, size-limited. */
class EvidenceStoreTests extends MongoTestSupport {

    @Test
    void storesWithHashAndSizeAndReadsBack() throws Exception {
        byte[] photo = bytes(700_000);

        EvidenceRef ref =
                reports.evidence.store(
                        "tg-file:AgAD1", "photo", "foto.jpg", "image/jpeg", stream(photo));

        assertThat(ref.size()).isEqualTo(photo.length);
        assertThat(ref.sha256()).isEqualTo(sha256(photo));
        assertThat(ref.kind()).isEqualTo("photo");
        assertThat(ref.contentType()).isEqualTo("image/jpeg");
        try (InputStream in = reports.evidence.open(ref.id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        Document file = reports.database.getCollection("evidence.files").find().first();
        assertThat(file.get("metadata", Document.class).getString("sha256"))
                .isEqualTo(ref.sha256());
        assertThat(reports.evidence.open("65f0a1b2c3d4e5f601234567")).isEmpty();
        assertThat(reports.evidence.open("not-an-id")).isEmpty();
    }

    @Test
    void theSameBytesUnderAnotherKeyAreStoredOnceAndReferencedTwice() throws Exception {
        byte[] photo = bytes(300_000);

        EvidenceRef first =
                reports.evidence.store("ev:u:AAA", "photo", "a.jpg", "image/jpeg", stream(photo));
        EvidenceRef forwarded =
                reports.evidence.store("ev:u:BBB", "photo", "b.jpg", "image/jpeg", stream(photo));

        assertThat(forwarded.id()).isEqualTo(first.id());
        assertThat(forwarded.sha256()).isEqualTo(first.sha256());
        assertThat(reports.database.getCollection("evidence.files").countDocuments()).isEqualTo(1);
        assertThat(reports.database.getCollection("evidence.chunks").countDocuments())
                .isEqualTo(
                        reports.database
                                .getCollection("evidence.chunks")
                                .countDocuments(
                                        new Document(
                                                "files_id",
                                                new org.bson.types.ObjectId(first.id()))));
        assertThat(reports.evidence.known("ev:u:BBB")).contains(first);
        try (InputStream in = reports.evidence.open(forwarded.id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    @Test
    void sameKeyIsStoredOnceAndTheSecondStreamIsNotRead() {
        EvidenceRef first =
                reports.evidence.store(
                        "tg-file:X", "voice", "a.ogg", "audio/ogg", stream(bytes(10)));
        InputStream untouched =
                new InputStream() {
                    @Override
                    public int read() {
                        throw new AssertionError("read a duplicate");
                    }
                };

        EvidenceRef again =
                reports.evidence.store("tg-file:X", "voice", "a.ogg", "audio/ogg", untouched);

        assertThat(again).isEqualTo(first);
        assertThat(reports.database.getCollection("evidence.files").countDocuments()).isEqualTo(1);
    }

    @Test
    void tooLargeIsRejectedAndNothingIsKept() {
        assertThatThrownBy(
                        () ->
                                reports.evidence.store(
                                        "tg-file:big",
                                        "document",
                                        "big.pdf",
                                        "application/pdf",
                                        stream(bytes(300_001)),
                                        300_000))
                .isInstanceOf(EvidenceTooLargeException.class);

        assertThat(reports.database.getCollection("evidence.files").countDocuments()).isZero();
        assertThat(reports.database.getCollection("evidence.chunks").countDocuments()).isZero();
        assertThat(reports.database.getCollection("evidence_keys").countDocuments()).isZero();
        EvidenceRef exact =
                reports.evidence.store(
                        "tg-file:ok",
                        "document",
                        "ok.pdf",
                        "application/pdf",
                        stream(bytes(300_000)),
                        300_000);
        assertThat(exact.size()).isEqualTo(300_000);
    }

    private static byte[] bytes(int n) {
        byte[] data = new byte[n];
        new Random(n).nextBytes(data);
        return data;
    }

    private static InputStream stream(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    private static String sha256(byte[] data) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
