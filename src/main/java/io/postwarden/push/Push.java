package io.postwarden.push;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "push")
public class Push {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "restore_of")
    private Long restoreOf;

    @Column(nullable = false)
    private String summary;

    private String owner;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @OneToMany(mappedBy = "push", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("hostName ASC")
    private List<PushHost> hosts = new ArrayList<>();

    protected Push() {
    }

    Push(PushKind kind, String requestedBy, Instant createdAt, Long restoreOf) {
        this.kind = kind;
        this.status = PushStatus.PENDING;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.restoreOf = restoreOf;
        this.summary = "";
    }

    PushHost addHost(Long hostId, String hostName) {
        PushHost host = new PushHost(this, hostId, hostName);
        hosts.add(host);
        return host;
    }

    void markRunning(Instant now, String owner) {
        if (status != PushStatus.PENDING) {
            throw new IllegalStateException("push " + id + " cannot start: it is " + status);
        }
        status = PushStatus.RUNNING;
        startedAt = now;
        this.owner = owner;
        this.heartbeatAt = now;
    }

    void beat(Instant now) {
        heartbeatAt = now;
    }

    /** Derives the outcome from the hosts once every one of them has finished. */
    void markFinished(Instant now) {
        if (status.isFinished()) {
            throw new IllegalStateException("push " + id + " already finished: " + status);
        }
        if (hosts.stream().anyMatch(h -> !h.getStatus().isFinished())) {
            throw new IllegalStateException("push " + id + " still has hosts running");
        }
        status = outcome();
        finishedAt = now;
        long changed = hosts.stream().filter(PushHost::isChanged).count();
        summary = hosts.size() + " host(s): " + count(PushStatus.SUCCEEDED) + " succeeded (" + changed + " changed), "
                + count(PushStatus.ROLLED_BACK) + " rolled back, " + (count(PushStatus.FAILED) + count(PushStatus.INTERRUPTED)) + " failed";
    }

    private PushStatus outcome() {
        if (hosts.stream().allMatch(h -> h.getStatus() == PushStatus.SUCCEEDED)) {
            return PushStatus.SUCCEEDED;
        }
        if (hosts.stream().anyMatch(h -> h.getStatus() == PushStatus.FAILED || h.getStatus() == PushStatus.INTERRUPTED)) {
            return PushStatus.FAILED;
        }
        return PushStatus.ROLLED_BACK;
    }

    long count(PushStatus hostStatus) {
        return hosts.stream().filter(h -> h.getStatus() == hostStatus).count();
    }

    public Long getId() {
        return id;
    }

    public PushKind getKind() {
        return kind;
    }

    public PushStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getRestoreOf() {
        return restoreOf;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public String getSummary() {
        return summary;
    }

    public List<PushHost> getHosts() {
        return hosts;
    }
}
