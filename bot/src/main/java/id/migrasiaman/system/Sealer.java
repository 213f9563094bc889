package id.migrasiaman.system;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption (AES-256-GCM, random 96-bit nonce) for data that must wait in MongoDB
 * although it carries a Telegram id or a message text: an update in the inbox, a reply in the
 * outbound queue. The key is derived from the pseudonym secret, so every instance that shares the
 * secret can open what another sealed.
 */
public final class Sealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * One cipher per thread, initialised afresh (key and nonce) for every value, instead of one
     * looked up in the security providers for each value (each webhook call seals its update).
     */
    private final ThreadLocal<Cipher> ciphers =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return Cipher.getInstance("AES/GCM/NoPadding");
                        } catch (GeneralSecurityException e) {
                            throw new IllegalStateException("AES-GCM unavailable", e);
                        }
                    });

    public Sealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a sealer key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** {@code plain} encrypted: the nonce followed by the ciphertext and its tag. */
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * The plain bytes of {@code sealed}.
     *
     * @throws IllegalArgumentException if it was not sealed with this key or was altered
     */
    public byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < NONCE + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("sealed value altered or sealed with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
