package io.postwarden.postfix;

import io.postwarden.settings.MailSettingsValues;
import io.postwarden.syntax.Cidr;
import java.util.List;

/** The seed scenario as a policy, for tests. */
final class SeedPolicies {

    static final PostfixPaths DEBIAN = new PostfixPaths("/etc/postfix", "/etc/postfix/access", "hash",
            "/etc/postfix-policyd-spf-python/policyd-spf.conf");

    private SeedPolicies() {
    }

    static PostfixPolicy seed(PostfixPaths paths) {
        return new PostfixPolicy(MailSettingsValues.seed("default"),
                List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("100.120.0.0/24")),
                List.of(new AccessLine("isp-a.milxc", "OK")), paths);
    }
}
