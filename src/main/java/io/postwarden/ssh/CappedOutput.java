package io.postwarden.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/** Keeps the first {@code cap} bytes written and counts the rest, so a chatty command never fills memory. */
final class CappedOutput extends OutputStream {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int cap;
    private boolean truncated;

    CappedOutput(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            truncated = true;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = cap - kept.size();
        int taken = Math.max(0, Math.min(room, len));
        kept.write(b, off, taken);
        if (taken < len) {
            truncated = true;
        }
    }

    synchronized byte[] bytes() {
        return kept.toByteArray();
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
