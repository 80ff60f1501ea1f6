package io.postwarden.host;

import java.util.Set;

/** A host as the API shows it: secrets are never returned, only whether they are set. */
public record HostView(
        Long id,
        long version,
        String name,
        String address,
        int port,
        String username,
        Set<HostRole> roles,
        boolean sudo,
        boolean hasPrivateKey,
        boolean hasPassword,
        String hostKeyFingerprint,
        String postfixConfigDirectory,
        String accessMapPath,
        String accessMapType,
        String nsdConfigFile,
        int dnsPort,
        String policydSpfConfigFile,
        Long mailSettingsId,
        String mailSettingsName,
        String description) {

    public static HostView of(Host host) {
        return new HostView(host.getId(), host.getVersion(), host.getName(), host.getAddress(), host.getPort(),
                host.getUsername(), host.roles(), host.isSudo(), host.getPrivateKeySealed() != null,
                host.getPasswordSealed() != null, host.getHostKeyFingerprint(), host.getPostfixConfigDirectory(),
                host.getAccessMapPath(), host.getAccessMapType(), host.getNsdConfigFile(), host.getDnsPort(),
                host.getPolicydSpfConfigFile(), host.getMailSettings() == null ? null : host.getMailSettings().getId(),
                host.getMailSettings() == null ? null : host.getMailSettings().getName(), host.getDescription());
    }
}
