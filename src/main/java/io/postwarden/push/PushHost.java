package io.postwarden.push;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One host of a push: its outcome, the plan it applied and every step it ran. */
@Entity
@Table(name = "push_host")
public class PushHost {

    static final int MAX_MESSAGE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "push_id", nullable = false)
    private Push push;

    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "host_name", nullable = false)
    private String hostName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushStatus status;

    private boolean changed;

    @Column(name = "backed_up")
    private boolean backedUp;

    @Column(nullable = false)
    private String message;

    @Column(name = "changes_json")
    private String changesJson;

    @Column(name = "relay_verdict")
    private String relayVerdict;

    @Column(name = "relay_detail")
    private String relayDetail;

    @Column(name = "dns_answers")
    private String dnsAnswers;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "pushHost", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq ASC")
    private List<PushStep> steps = new ArrayList<>();

    protected PushHost() {
    }

    PushHost(Push push, Long hostId, String hostName) {
        this.push = push;
        this.hostId = hostId;
        this.hostName = hostName;
        this.status = PushStatus.PENDING;
        this.message = "";
    }

    void markRunning(Instant now) {
        requireStatus(PushStatus.PENDING);
        status = PushStatus.RUNNING;
        startedAt = now;
    }

    void recordPlan(String changesJson, boolean changes) {
        requireStatus(PushStatus.RUNNING);
        this.changesJson = changesJson;
        this.changed = changes;
    }

    void markBackedUp() {
        requireStatus(PushStatus.RUNNING);
        backedUp = true;
    }

    void recordVerification(String relayVerdict, String relayDetail, String dnsAnswers) {
        this.relayVerdict = relayVerdict;
        this.relayDetail = clip(relayDetail, 1000);
        this.dnsAnswers = clip(dnsAnswers, 4000);
    }

    void markSucceeded(Instant now, String message) {
        finish(PushStatus.SUCCEEDED, now, message);
    }

    void markFailed(Instant now, String message) {
        finish(PushStatus.FAILED, now, message);
    }

    void markRolledBack(Instant now, String message) {
        if (!backedUp) {
            throw new IllegalStateException("host " + hostName + " cannot be rolled back: nothing was backed up");
        }
        finish(PushStatus.ROLLED_BACK, now, message);
    }

    /** A console that restarts finds the host was left running by a console that stopped. */
    void markInterrupted(Instant now, String message) {
        if (status.isFinished()) {
            throw new IllegalStateException("host " + hostName + " already finished: " + status);
        }
        status = PushStatus.INTERRUPTED;
        finishedAt = now;
        this.message = clip(message, MAX_MESSAGE);
    }

    private void finish(PushStatus outcome, Instant now, String message) {
        requireStatus(PushStatus.RUNNING);
        status = outcome;
        finishedAt = now;
        this.message = clip(message, MAX_MESSAGE);
    }

    PushStep addStep(String phase, String purpose, String command, Instant now) {
        PushStep step = new PushStep(this, steps.size() + 1, phase, purpose, command, now);
        steps.add(step);
        return step;
    }

    private void requireStatus(PushStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("host " + hostName + " of push is " + status + ", not " + expected);
        }
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 20) + "\n[… cut at " + max + "]";
    }

    public Long getId() {
        return id;
    }

    public Push getPush() {
        return push;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getHostName() {
        return hostName;
    }

    public PushStatus getStatus() {
        return status;
    }

    public boolean isChanged() {
        return changed;
    }

    public boolean isBackedUp() {
        return backedUp;
    }

    public String getMessage() {
        return message;
    }

    public String getChangesJson() {
        return changesJson;
    }

    public String getRelayVerdict() {
        return relayVerdict;
    }

    public String getRelayDetail() {
        return relayDetail;
    }

    public String getDnsAnswers() {
        return dnsAnswers;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<PushStep> getSteps() {
        return steps;
    }
}
