package io.postwarden.ssh;

import java.security.KeyPair;
import java.util.Objects;

/** A private key (parsed when given, so bad key text fails early) or a password. Never printed. */
public final class SshCredentials {

    private final KeyPair keyPair;
    private final String password;

    private SshCredentials(KeyPair keyPair, String password) {
        this.keyPair = keyPair;
        this.password = password;
    }

    /**
     * @param keyText OpenSSH or PEM (PKCS#1 RSA, SEC1 EC, PKCS#8) private key text
     * @throws InvalidKeyTextException if the text is not a usable key or the passphrase does not open it
     */
    public static SshCredentials ofPrivateKey(String keyText, String passphraseOrNull) {
        return new SshCredentials(SshKeys.parsePrivateKey(keyText, passphraseOrNull), null);
    }

    public static SshCredentials ofPassword(String password) {
        Objects.requireNonNull(password, "password");
        return new SshCredentials(null, password);
    }

    KeyPair keyPair() {
        return keyPair;
    }

    String password() {
        return password;
    }

    @Override
    public String toString() {
        return keyPair != null
                ? "SshCredentials[private key " + SshKeys.keyType(keyPair.getPublic()) + " " + SshKeys.fingerprint(keyPair.getPublic()) + "]"
                : "SshCredentials[password]";
    }
}
