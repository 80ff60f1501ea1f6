package io.postwarden.spf.lint;

import java.util.List;

/** Every finding of one lint, errors first. */
public record LintReport(List<Finding> findings) {

    public LintReport {
        findings = findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** True when the record may be published: it parses and nothing in it is an error. */
    public boolean valid() {
        return !hasErrors();
    }

    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
