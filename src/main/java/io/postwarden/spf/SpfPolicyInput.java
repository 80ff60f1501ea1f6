package io.postwarden.spf;

/**
 * An SPF policy as entered in the form or sent to the API. Every field is checked by the
 * service, so the form and the API refuse the same input with the same words.
 *
 * @param domain the mail domain's name
 * @param name the owner within the zone, {@code @} (the default) or a relative name
 * @param record the record text, {@code v=spf1 ...}
 * @param version the version read, required to change a policy
 */
public record SpfPolicyInput(String domain, String name, String record, Long version) {

    public static SpfPolicyInput blank() {
        return new SpfPolicyInput("", SpfPolicy.APEX, "v=spf1 mx -all", null);
    }

    static SpfPolicyInput of(SpfPolicy policy) {
        return new SpfPolicyInput(policy.domain().getName(), policy.name(), policy.record(), policy.getVersion());
    }
}
