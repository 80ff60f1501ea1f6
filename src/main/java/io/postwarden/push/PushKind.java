package io.postwarden.push;

public enum PushKind {
    /** Bring hosts to the state the database describes. */
    PUSH,
    /** Put back the files a host had before an earlier push, from its backup. */
    RESTORE
}
