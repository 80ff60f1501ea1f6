package io.postwarden.ssh;

import java.security.PublicKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The verdict on one connection's host key. The verifier records the presented key and accepts
 * only a key whose fingerprint equals the pin; with no pin (a probe, or an unknown host) it
 * rejects every key, so the connection ends before authentication.
 */
final class HostKeyCheck {

    private final String pinned;
    private final CompletableFuture<PublicKey> presented = new CompletableFuture<>();
    private volatile boolean accepted;

    HostKeyCheck(String pinnedOrNull) {
        this.pinned = pinnedOrNull;
    }

    /** Called at the first key exchange and again at every re-key; each time only the pinned key passes. */
    boolean verify(PublicKey key) {
        boolean matches = pinned != null && sameFingerprint(pinned, SshKeys.fingerprint(key));
        if (!presented.isDone()) {
            accepted = matches;
            presented.complete(key);
        }
        return matches;
    }

    void connectionClosed() {
        presented.completeExceptionally(new IllegalStateException("closed before the host key was presented"));
    }

    /** The presented key, or null if the connection closed or the wait ran out first. */
    PublicKey awaitPresentedKey(long millis) {
        try {
            return presented.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    boolean accepted() {
        return accepted;
    }

    String pinned() {
        return pinned;
    }

    static boolean sameFingerprint(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String fingerprint) {
        String s = fingerprint.strip();
        while (s.endsWith("=")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
