package io.postwarden.spf.suggest;

import java.util.List;

/**
 * What is known of a domain's outgoing mail: the addresses of its mail hosts (IPv4 or
 * IPv6 literals), whether those hosts are the domain's MX, and the relay host they send
 * through, if any ({@code [smtp.isp.example]:587}, as in Postfix's relayhost).
 */
public record SuggestionInput(String domain, List<String> mailHostAddresses, boolean mailHostsAreMx, String relayHost) {

    public SuggestionInput {
        mailHostAddresses = mailHostAddresses == null ? List.of() : List.copyOf(mailHostAddresses);
    }
}
