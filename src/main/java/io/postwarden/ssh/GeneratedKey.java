package io.postwarden.ssh;

/** A fresh key pair: the private half in OpenSSH form, the public half as an authorized_keys line. */
public record GeneratedKey(String privateKeyOpenSsh, String publicKeyLine, String fingerprint) {

    @Override
    public String toString() {
        return "GeneratedKey[" + fingerprint + ", private key hidden]";
    }
}
