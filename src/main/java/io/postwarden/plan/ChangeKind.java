package io.postwarden.plan;

public enum ChangeKind {
    ADD, CHANGE, REMOVE
}
