package io.postwarden.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One command run on a host during a push, with what it answered. Never edited once finished. */
@Entity
@Table(name = "push_step")
public class PushStep {

    static final int MAX_OUTPUT = 65536;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "push_host_id", nullable = false)
    private PushHost pushHost;

    private int seq;

    @Column(nullable = false)
    private String phase;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String command;

    @Column(nullable = false)
    private String status;

    @Column(name = "exit_code")
    private Integer exitCode;

    private String stdout;

    private String stderr;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PushStep() {
    }

    PushStep(PushHost pushHost, int seq, String phase, String purpose, String command, Instant startedAt) {
        this.pushHost = pushHost;
        this.seq = seq;
        this.phase = phase;
        this.purpose = PushHost.clip(purpose, 500);
        this.command = PushHost.clip(command, 8000);
        this.status = "RUNNING";
        this.startedAt = startedAt;
    }

    void finish(Integer exitCode, String stdout, String stderr, boolean succeeded, Instant now) {
        if (finishedAt != null) {
            throw new IllegalStateException("step " + seq + " already finished");
        }
        this.exitCode = exitCode;
        this.stdout = PushHost.clip(stdout, MAX_OUTPUT);
        this.stderr = PushHost.clip(stderr, MAX_OUTPUT);
        this.status = succeeded ? "OK" : "FAILED";
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public String getPhase() {
        return phase;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getCommand() {
        return command;
    }

    public String getStatus() {
        return status;
    }

    public Integer getExitCode() {
        return exitCode;
    }

    public String getStdout() {
        return stdout;
    }

    public String getStderr() {
        return stderr;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
