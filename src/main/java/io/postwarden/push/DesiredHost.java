package io.postwarden.push;

import io.postwarden.postfix.PostfixPolicy;
import java.util.List;
import java.util.Map;

/**
 * What the database wants on one host, read in one transaction so a plan never mixes
 * two versions of the policy. {@code postfix} is null for a host without the mail role.
 */
record DesiredHost(PostfixPolicy postfix, List<Zone> zones) {

    DesiredHost {
        zones = List.copyOf(zones);
    }

    /** The SPF records of one zone: owner ({@code @} or a relative name) to TXT strings. */
    record Zone(String name, String explicitZoneFile, Map<String, List<String>> spf, Map<String, String> records) {
    }
}
