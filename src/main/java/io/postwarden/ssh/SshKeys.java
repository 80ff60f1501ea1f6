package io.postwarden.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads, writes and names SSH keys. ed25519 goes through BouncyCastle, which Apache SSHD
 * 2.20 uses for EdDSA when net.i2p's provider is absent. Errors never quote key text.
 */
public final class SshKeys {

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final NamedResource KEY_RESOURCE = NamedResource.ofName("private key");
    private static final String OPENSSH_BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private static final String OPENSSH_END = "-----END OPENSSH PRIVATE KEY-----";

    private SshKeys() {
    }

    /**
     * Parses OpenSSH or PEM (PKCS#1 RSA, SEC1 EC, PKCS#8) private key text, ed25519, ECDSA or RSA.
     *
     * @throws InvalidKeyTextException with a reason a person can act on
     */
    public static KeyPair parsePrivateKey(String text, String passphraseOrNull) {
        if (text == null || text.isBlank()) {
            throw new InvalidKeyTextException("The private key is empty.");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("PuTTY-User-Key-File")) {
            throw new InvalidKeyTextException("This is a PuTTY key; export it in OpenSSH form (puttygen: Conversions → Export OpenSSH key).");
        }
        if (!trimmed.contains("-----BEGIN ")) {
            if (trimmed.startsWith("ssh-") || trimmed.startsWith("ecdsa-")) {
                throw new InvalidKeyTextException("This is a public key; paste the private key instead.");
            }
            throw new InvalidKeyTextException("This is not a private key in OpenSSH or PEM form (no \"-----BEGIN … PRIVATE KEY-----\" line).");
        }
        if (!trimmed.contains("PRIVATE KEY-----")) {
            throw new InvalidKeyTextException("This PEM block is not a private key.");
        }
        boolean encrypted = isEncrypted(trimmed);
        if (encrypted && (passphraseOrNull == null || passphraseOrNull.isEmpty())) {
            throw new InvalidKeyTextException("The private key is encrypted; give its passphrase.");
        }
        FilePasswordProvider passwords = passphraseOrNull == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(passphraseOrNull);
        KeyPair keyPair;
        try (InputStream in = new ByteArrayInputStream((trimmed + "\n").getBytes(StandardCharsets.UTF_8))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, KEY_RESOURCE, in, passwords);
            Iterator<KeyPair> iterator = pairs == null ? null : pairs.iterator();
            if (iterator == null || !iterator.hasNext()) {
                throw new InvalidKeyTextException("No private key could be read from this text (unsupported format?).");
            }
            keyPair = iterator.next();
        } catch (InvalidKeyTextException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (encrypted) {
                throw new InvalidKeyTextException("The passphrase does not open this private key.");
            }
            throw new InvalidKeyTextException("The private key could not be read: it may be truncated, corrupted, or of an unsupported kind.");
        }
        if (keyPair == null || keyPair.getPrivate() == null || keyPair.getPublic() == null) {
            throw new InvalidKeyTextException("The text holds no complete key pair.");
        }
        keyPair = withEd25519FromBouncyCastle(keyPair);
        String type = keyType(keyPair.getPublic());
        if (!(type.equals("ssh-ed25519") || type.startsWith("ecdsa-sha2-") || type.equals("ssh-rsa"))) {
            throw new InvalidKeyTextException("Keys of type " + type + " are not supported; use ed25519, ECDSA or RSA.");
        }
        return keyPair;
    }

    /** A new ed25519 key pair, the private half in OpenSSH form without passphrase. */
    public static GeneratedKey generateEd25519(String comment) {
        String safeComment = comment == null ? "" : comment.strip();
        if (safeComment.contains("\n") || safeComment.contains("\r")) {
            throw new IllegalArgumentException("a key comment must be one line");
        }
        try {
            KeyPair keyPair = KeyUtils.generateKeyPair(KeyPairTypes.ED25519, 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(keyPair, safeComment, null, out);
            String privateText = out.toString(StandardCharsets.UTF_8);
            if (!privateText.endsWith("\n")) {
                privateText += "\n";
            }
            return new GeneratedKey(privateText, publicKeyLine(keyPair.getPublic(), safeComment), fingerprint(keyPair.getPublic()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate ed25519 keys", e);
        }
    }

    /** The OpenSSH fingerprint, {@code SHA256:} and unpadded base64 of the key's SHA-256. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, ed25519FromBouncyCastle(key));
    }

    /** The SSH key type name: {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}, … */
    public static String keyType(PublicKey key) {
        String type = KeyUtils.getKeyType(ed25519FromBouncyCastle(key));
        if (type == null) {
            throw new IllegalArgumentException("unsupported public key algorithm " + key.getAlgorithm());
        }
        return type;
    }

    /** The key as one {@code authorized_keys} / {@code known_hosts} line: type, base64, optional comment. */
    public static String publicKeyLine(PublicKey key, String comment) {
        String line = PublicKeyEntry.toString(ed25519FromBouncyCastle(key));
        if (comment == null || comment.isBlank()) {
            return line;
        }
        if (comment.contains("\n") || comment.contains("\r")) {
            throw new IllegalArgumentException("a key comment must be one line");
        }
        return line + " " + comment.strip();
    }

    /**
     * Apache SSHD 2.20 signs ed25519 only with BouncyCastle's key classes; a PKCS#8 ed25519 key
     * may come back from the JDK's provider, so it is re-read through BouncyCastle.
     */
    private static KeyPair withEd25519FromBouncyCastle(KeyPair keyPair) {
        boolean edwards = "Ed25519".equalsIgnoreCase(keyPair.getPrivate().getAlgorithm()) || "EdDSA".equalsIgnoreCase(keyPair.getPrivate().getAlgorithm());
        if (!edwards || keyPair.getPrivate() instanceof org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey) {
            return keyPair;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519", BOUNCY_CASTLE);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(keyPair.getPublic().getEncoded())),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(keyPair.getPrivate().getEncoded())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidKeyTextException("The ed25519 key could not be prepared for use.");
        }
    }

    /** A JDK Ed25519 public key re-read through BouncyCastle, which SSHD's encoders expect; other keys as they are. */
    private static PublicKey ed25519FromBouncyCastle(PublicKey key) {
        boolean edwards = "Ed25519".equalsIgnoreCase(key.getAlgorithm()) || "EdDSA".equalsIgnoreCase(key.getAlgorithm());
        if (!edwards || key instanceof org.bouncycastle.jcajce.interfaces.EdDSAPublicKey) {
            return key;
        }
        try {
            return KeyFactory.getInstance("Ed25519", BOUNCY_CASTLE).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable ed25519 public key", e);
        }
    }

    private static boolean isEncrypted(String text) {
        if (text.contains("ENCRYPTED")) {
            return true; // PKCS#1/SEC1 "Proc-Type: 4,ENCRYPTED" or PKCS#8 "BEGIN ENCRYPTED PRIVATE KEY"
        }
        int begin = text.indexOf(OPENSSH_BEGIN);
        int end = text.indexOf(OPENSSH_END);
        if (begin < 0 || end < begin) {
            return false;
        }
        try {
            String body = text.substring(begin + OPENSSH_BEGIN.length(), end).replaceAll("\\s", "");
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(body));
            byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
            bytes.position(magic.length);
            byte[] cipher = new byte[bytes.getInt()];
            bytes.get(cipher);
            return !new String(cipher, StandardCharsets.US_ASCII).equals("none");
        } catch (RuntimeException e) {
            return false; // not decodable: the parser reports it
        }
    }

    /** Key type names understood by {@link KeyUtils#generateKeyPair}. */
    private static final class KeyPairTypes {
        static final String ED25519 = "ssh-ed25519";
    }
}
