package id.migrasiaman.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns channel ids (a Telegram user or chat id) into stable pseudonyms: HMAC-SHA256 under a server
 * secret, base64url. Without the secret a pseudonym cannot be linked back to the id.
 */
public final class Pseudonyms {

    private final SecretKeySpec key;

    /**
     * One MAC per thread, keyed once ({@code doFinal} resets it for the next value), instead of one
     * looked up in the security providers and keyed for each value (each webhook call takes its
     * chat's pseudonym).
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pseudonyms(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("pseudonym secret must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A 32-byte key for {@code purpose}, derived from the secret (e.g. for a {@link Sealer}). */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("key:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The pseudonym of {@code id} in {@code namespace} (e.g. "tg-user"), 22 characters. */
    public String of(String namespace, String id) {
        byte[] digest = macs.get().doFinal((namespace + ":" + id).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }
}
