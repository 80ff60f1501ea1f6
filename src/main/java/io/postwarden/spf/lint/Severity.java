package io.postwarden.spf.lint;

/** ERROR: receivers fail or misread the record, it is refused. WARNING: it works but is risky. INFO: worth knowing. */
public enum Severity {
    ERROR, WARNING, INFO
}
