package io.postwarden.spf;

import io.postwarden.shared.InvalidInputException;
import io.postwarden.spf.lint.Finding;
import java.util.List;

/**
 * A policy the service will not store: an unknown domain, a bad name, or a record that
 * does not parse or has lint errors. The API answers 422 with the findings; a form shows
 * the message next to the field.
 */
public class SpfPolicyRefusedException extends InvalidInputException {

    private final List<Finding> findings;

    public SpfPolicyRefusedException(String field, String message, List<Finding> findings) {
        super(field, message);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
