package io.postwarden.host;

import io.postwarden.settings.MailSettings;
import java.util.Set;

/** Everything about a host but its secrets, already parsed and in canonical form. */
public record HostDetails(
        String name,
        String address,
        int port,
        String username,
        boolean sudo,
        Set<HostRole> roles,
        String postfixConfigDirectory,
        String accessMapPath,
        String accessMapType,
        String nsdConfigFile,
        int dnsPort,
        String policydSpfConfigFile,
        MailSettings mailSettings,
        String description) {
}
