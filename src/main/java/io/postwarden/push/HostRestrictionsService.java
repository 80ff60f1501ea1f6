package io.postwarden.push;

import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.postfix.EffectiveRestrictions;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.ssh.RemoteSession;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads a mail host over SSH and shows, per smtpd service, the restrictions that really apply. */
@Service
public class HostRestrictionsService {

    private final HostService hosts;
    private final HostConnections connections;
    private final HostPlanner planner;

    HostRestrictionsService(HostService hosts, HostConnections connections, HostPlanner planner) {
        this.hosts = hosts;
        this.connections = connections;
        this.planner = planner;
    }

    public List<EffectiveRestrictions.Service> read(long hostId) {
        Host host = hosts.get(hostId);
        if (!host.hasRole(HostRole.MAIL)) {
            throw new InvalidInputException("id", "host " + host.getName() + " has no MAIL role: it runs no Postfix to read");
        }
        try (RemoteSession session = connections.open(host)) {
            HostShell shell = new HostShell(session, host.isSudo(), StepLog.NONE);
            return EffectiveRestrictions.of(planner.readPostfix(shell, DesiredPolicies.paths(host), "read"));
        }
    }
}
