package io.postwarden.push;

import java.util.List;

/**
 * What reading a hand-configured host would add to the database, shown before anything
 * is saved. Items already in the database are listed as such and not created again;
 * what cannot be read as policy is listed with the reason.
 */
public record ImportProposal(Long hostId, String hostName, List<Item> trustedNetworks, List<Item> accessEntries,
                             Settings mailSettings, List<Item> spfPolicies, List<String> skipped) {

    /** {@code value} as it will be stored; {@code exists} when the database already has it. */
    public record Item(String value, String detail, boolean exists) {
    }

    public record Settings(String name, String inetInterfaces, boolean heloRequired, String relayHost,
                           boolean submissionEnabled, boolean submissionRejectUnlistedRecipient,
                           String submissionClientRestrictions, String submissionSenderRestrictions,
                           String spfEnforcement, int spfTimeLimit) {
    }

    public long newItems() {
        return trustedNetworks.stream().filter(i -> !i.exists()).count() + accessEntries.stream().filter(i -> !i.exists()).count()
                + spfPolicies.stream().filter(i -> !i.exists()).count() + (mailSettings == null ? 0 : 1);
    }
}
