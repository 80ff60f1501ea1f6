package io.postwarden.push;

/** Where a push, or one host of it, stands. */
public enum PushStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    /** Failed before anything was changed, or the rollback itself failed. */
    FAILED,
    /** Failed after changes began; the backups were restored and the host reloaded. */
    ROLLED_BACK,
    /** The console stopped while the host was being pushed; checked and marked at the next start. */
    INTERRUPTED;

    public boolean isFinished() {
        return this != PENDING && this != RUNNING;
    }
}
