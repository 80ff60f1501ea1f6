package io.postwarden.push;

import io.postwarden.config.PostwardenProperties;
import io.postwarden.host.Host;
import io.postwarden.security.SecretBox;
import io.postwarden.ssh.HostKeyProbe;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshConnector;
import io.postwarden.ssh.SshCredentials;
import io.postwarden.ssh.SshSettings;
import io.postwarden.ssh.SshTarget;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Opens SSH sessions to hosts with their stored credentials and pinned host key. The
 * credentials are unsealed only here, for the moment of the login, and never leave.
 */
@Component
public class HostConnections {

    private final SshConnector connector;
    private final SecretBox secrets;

    HostConnections(PostwardenProperties properties, SecretBox secrets) {
        PostwardenProperties.Ssh ssh = properties.getSsh();
        this.connector = new SshConnector(new SshSettings(ssh.getConnectTimeout(), ssh.getAuthTimeout(),
                ssh.getCommandTimeout(), ssh.getMaxOutputBytes()));
        this.secrets = secrets;
    }

    /** Fails with a host key error before any credential is sent when the key is not the pinned one. */
    public RemoteSession open(Host host) {
        return connector.open(target(host), credentials(host), host.getHostKeyFingerprint(), host.isSudo());
    }

    public HostKeyProbe probe(Host host) {
        return connector.probeHostKey(target(host));
    }

    private static SshTarget target(Host host) {
        return new SshTarget(host.getAddress(), host.getPort(), host.getUsername());
    }

    private SshCredentials credentials(Host host) {
        if (host.getPrivateKeySealed() != null) {
            return SshCredentials.ofPrivateKey(secrets.open(host.getPrivateKeySealed()), null);
        }
        if (host.getPasswordSealed() != null) {
            return SshCredentials.ofPassword(secrets.open(host.getPasswordSealed()));
        }
        throw new MissingCredentialsException(host.getName());
    }

    @PreDestroy
    void close() throws Exception {
        connector.close();
    }

    /** A host saved without a key or a password cannot be reached. */
    public static class MissingCredentialsException extends RuntimeException {
        MissingCredentialsException(String host) {
            super("host " + host + " has neither a private key nor a password: add one on the host page");
        }
    }
}
