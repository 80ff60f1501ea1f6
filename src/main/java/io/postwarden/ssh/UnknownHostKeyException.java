package io.postwarden.ssh;

/** No key is pinned for the host: an administrator must look at the presented one and accept it. */
public class UnknownHostKeyException extends HostKeyException {

    private final String presentedFingerprint;

    public UnknownHostKeyException(String hostAndPort, String presentedFingerprint) {
        super("No host key is trusted for " + hostAndPort + "; it presented " + presentedFingerprint
                + ". Check this fingerprint with the host's administrator and accept it before connecting.");
        this.presentedFingerprint = presentedFingerprint;
    }

    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
