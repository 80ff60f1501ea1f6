package io.postwarden.push;

import io.postwarden.audit.AuditLog;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.ssh.CommandResult;
import io.postwarden.ssh.HostKeyProbe;
import io.postwarden.ssh.RemoteCommand;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Test connection": shows the key a host presents, and — once that key is pinned —
 * logs in and reports what it finds there. Pinning takes only the key presented now.
 */
@Service
public class HostProbeService {

    public record ProbeResult(String fingerprint, String keyType, String publicKey, String pinnedFingerprint, boolean pinned,
                              boolean matchesPinned, boolean loggedIn, String postfixVersion, String nsdVersion,
                              Boolean sudoWorks, String error) {
    }

    private final HostService hosts;
    private final HostConnections connections;
    private final AuditLog audit;

    HostProbeService(HostService hosts, HostConnections connections, AuditLog audit) {
        this.audit = audit;
        this.hosts = hosts;
        this.connections = connections;
    }

    public ProbeResult probe(long hostId) {
        Host host = hosts.get(hostId);
        HostKeyProbe key;
        try {
            key = connections.probe(host);
        } catch (SshException e) {
            return new ProbeResult(null, null, null, host.getHostKeyFingerprint(), host.getHostKeyFingerprint() != null, false,
                    false, null, null, null, e.getMessage());
        }
        String pinned = host.getHostKeyFingerprint();
        boolean matches = key.fingerprint().equals(pinned);
        if (!matches) {
            String error = pinned == null ? "the host key is not accepted yet: compare the fingerprint with the host's own "
                    + "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and accept it"
                    : "the host presents " + key.fingerprint() + " but " + pinned + " is pinned: the host was reinstalled, "
                    + "or something is in the way";
            return new ProbeResult(key.fingerprint(), key.keyType(), key.publicKeyLine(), pinned, pinned != null, false, false,
                    null, null, null, error);
        }
        try (RemoteSession session = connections.open(host)) {
            String postfix = firstLine(session.run(RemoteCommand.of("/usr/sbin/postconf", "-h", "mail_version")));
            String nsd = firstLine(session.run(RemoteCommand.of("/usr/sbin/nsd", "-v")));
            Boolean sudo = host.isSudo() ? session.run(RemoteCommand.of("test", "-e", "/").underSudo()).succeeded() : null;
            return new ProbeResult(key.fingerprint(), key.keyType(), key.publicKeyLine(), pinned, true, true, true, postfix, nsd,
                    sudo, sudo == Boolean.FALSE ? "sudo -n does not work for " + host.getUsername() : null);
        } catch (SshException | HostConnections.MissingCredentialsException e) {
            return new ProbeResult(key.fingerprint(), key.keyType(), key.publicKeyLine(), pinned, true, true, false, null, null,
                    null, e.getMessage());
        }
    }

    /** Pins the fingerprint only if the host presents it right now. */
    public Host trust(long hostId, String fingerprint) {
        Host host = hosts.get(hostId);
        HostKeyProbe key = connections.probe(host);
        if (fingerprint == null || !fingerprint.equals(key.fingerprint())) {
            throw new ConflictException("the host presents " + key.fingerprint() + ", not " + fingerprint
                    + ": probe again and compare before accepting", List.of(new FieldProblem("fingerprint",
                    "is not the fingerprint the host presents")));
        }
        Host pinned = hosts.pinHostKey(hostId, fingerprint);
        audit.record("HOST_KEY_TRUSTED", "Host", host.getName(), "accepted host key " + fingerprint + " (" + key.keyType() + ")",
                null, null);
        return pinned;
    }

    private static String firstLine(CommandResult result) {
        String text = (result.stdout() + "\n" + result.stderr()).strip();
        if (!result.succeeded() && text.isEmpty()) {
            return null;
        }
        return result.succeeded() || text.toLowerCase().contains("version") ? text.lines().findFirst().orElse(null) : null;
    }
}
