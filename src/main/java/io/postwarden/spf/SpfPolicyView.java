package io.postwarden.spf;

import io.postwarden.spf.lint.Finding;
import java.util.List;

/** An SPF policy as the API shows it, with what the linter says of its record now. */
public record SpfPolicyView(Long id, long version, String domain, String name, String record, List<Finding> findings) {

    static SpfPolicyView of(SpfPolicy policy, List<Finding> findings) {
        return new SpfPolicyView(policy.getId(), policy.getVersion(), policy.domain().getName(), policy.name(), policy.record(),
                findings);
    }
}
