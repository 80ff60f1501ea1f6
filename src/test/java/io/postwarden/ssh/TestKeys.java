package io.postwarden.ssh;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;

/** Key pairs and their text in every form a user may paste. */
final class TestKeys {

    private TestKeys() {
    }

    /** From BouncyCastle: Apache SSHD 2.20 signs ed25519 through BouncyCastle's key classes. */
    static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519", new BouncyCastleProvider()).generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the JDK's own provider, as other Java code may hand over. */
    static KeyPair jdkEd25519() {
        return generate("Ed25519", null);
    }

    /**
     * From BouncyCastle, whose encodings (like OpenSSL's and ssh-keygen's) carry the curve and public
     * point inside the key; the JDK's minimal SEC1 has neither and SSHD cannot tell the curve.
     */
    static KeyPair ecdsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key pair re-read by BouncyCastle. */
    static KeyPair asBouncyCastle(KeyPair keyPair) {
        try {
            java.security.KeyFactory factory = java.security.KeyFactory.getInstance(keyPair.getPublic().getAlgorithm(), new BouncyCastleProvider());
            return new KeyPair(factory.generatePublic(new java.security.spec.X509EncodedKeySpec(keyPair.getPublic().getEncoded())),
                    factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(keyPair.getPrivate().getEncoded())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -----BEGIN OPENSSH PRIVATE KEY-----}, optionally encrypted. */
    static String openSsh(KeyPair keyPair, String passphraseOrNull) {
        try {
            OpenSSHKeyEncryptionContext encryption = null;
            if (passphraseOrNull != null) {
                encryption = new OpenSSHKeyEncryptionContext();
                encryption.setCipherName("AES");
                encryption.setCipherMode("CTR");
                encryption.setCipherType("256");
                encryption.setPassword(passphraseOrNull);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(keyPair, "test", encryption, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}), optionally encrypted. */
    static String traditionalPem(KeyPair keyPair, String passphraseOrNull) {
        try {
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                if (passphraseOrNull == null) {
                    writer.writeObject(keyPair);
                } else {
                    writer.writeObject(new JcaMiscPEMGenerator(keyPair,
                            new JcePEMEncryptorBuilder("AES-128-CBC").build(passphraseOrNull.toCharArray())));
                }
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8, {@code -----BEGIN PRIVATE KEY-----}. */
    static String pkcs8(KeyPair keyPair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keyPair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec spec) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (spec != null) {
                generator.initialize(spec);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
