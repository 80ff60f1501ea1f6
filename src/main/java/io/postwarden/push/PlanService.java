package io.postwarden.push;

import io.postwarden.audit.AuditLog;
import io.postwarden.config.PostwardenProperties;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;

/**
 * Plans hosts without changing them: reads each host over SSH and compares it with the
 * database. Hosts are read side by side, within the push parallelism bound.
 */
@Service
public class PlanService {

    public enum HostState { IN_SYNC, DRIFTED, UNREACHABLE, ERROR }

    public record HostPlanResult(Long hostId, String hostName, HostState state, HostPlanView plan, String error) {
    }

    public record FleetPlan(String digest, List<HostPlanResult> hosts) {
    }

    private final HostService hosts;
    private final HostConnections connections;
    private final DesiredPolicies desiredPolicies;
    private final HostPlanner planner;
    private final ExecutorService pool;
    private final AuditLog audit;

    PlanService(HostService hosts, HostConnections connections, DesiredPolicies desiredPolicies, HostPlanner planner,
                PostwardenProperties properties, AuditLog audit) {
        this.audit = audit;
        this.hosts = hosts;
        this.connections = connections;
        this.desiredPolicies = desiredPolicies;
        this.planner = planner;
        this.pool = Executors.newFixedThreadPool(Math.max(1, properties.getPush().getParallelism()), runnable -> {
            Thread thread = new Thread(runnable, "plan");
            thread.setDaemon(true);
            return thread;
        });
    }

    public FleetPlan plan(List<Long> hostIds) {
        List<Host> targets = targets(hostIds);
        List<Future<HostPlanResult>> running = new ArrayList<>();
        for (Host host : targets) {
            running.add(pool.submit(() -> planOne(host)));
        }
        List<HostPlanResult> results = new ArrayList<>();
        for (Future<HostPlanResult> result : running) {
            try {
                results.add(result.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while planning", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("planning failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        FleetPlan plan = new FleetPlan(digest(results), results);
        audit.record("PLAN", "Plan", plan.digest(), "planned " + results.stream().map(r -> r.hostName() + " " + r.state()).toList(),
                null, null);
        return plan;
    }

    HostPlanResult planOne(Host host) {
        DesiredHost desired = desiredPolicies.of(host.getId());
        try (RemoteSession session = connections.open(host)) {
            HostShell shell = new HostShell(session, host.isSudo(), StepLog.NONE);
            HostPlan plan = planner.plan(host, desired, shell, "plan");
            return new HostPlanResult(host.getId(), host.getName(), plan.inSync() ? HostState.IN_SYNC : HostState.DRIFTED,
                    PlanViews.of(host, plan, shell), null);
        } catch (SshException | HostConnections.MissingCredentialsException e) {
            return new HostPlanResult(host.getId(), host.getName(), HostState.UNREACHABLE, null, e.getMessage());
        } catch (RuntimeException e) {
            return new HostPlanResult(host.getId(), host.getName(), HostState.ERROR, null, e.getMessage());
        }
    }

    /** Changes with the same digest are the same plan: apply refuses a plan whose digest moved. */
    static String digest(List<HostPlanResult> results) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (HostPlanResult result : results) {
                sha.update((result.hostId() + ":" + result.state() + "\n").getBytes(StandardCharsets.UTF_8));
                if (result.plan() != null) {
                    result.plan().changes().forEach(change -> sha.update((change + "\n").getBytes(StandardCharsets.UTF_8)));
                    result.plan().commands().forEach(command -> sha.update((command + "\n").getBytes(StandardCharsets.UTF_8)));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Host> targets(List<Long> hostIds) {
        if (hostIds == null || hostIds.isEmpty()) {
            List<Host> all = hosts.all();
            if (all.isEmpty()) {
                throw new InvalidInputException("hostIds", "there is no host: add a host first");
            }
            return all;
        }
        List<Host> targets = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(hostIds)) {
            if (id == null) {
                throw new InvalidInputException("hostIds", "contains an empty host id");
            }
            try {
                targets.add(hosts.get(id));
            } catch (NotFoundException e) {
                throw new InvalidInputException("hostIds", "names host " + id + ", which does not exist");
            }
        }
        return targets;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
