package io.postwarden.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The outcome of the last drift check of one host; replaced by the next check. */
@Entity
@Table(name = "host_drift")
public class HostDrift {

    public enum State { IN_SYNC, DRIFTED, UNREACHABLE, NEVER_PUSHED, ERROR }

    @Id
    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "changes_json")
    private String changesJson;

    private String error;

    protected HostDrift() {
    }

    HostDrift(Long hostId) {
        this.hostId = hostId;
    }

    void record(Instant checkedAt, State state, String changesJson, String error) {
        this.checkedAt = checkedAt;
        this.state = state;
        this.changesJson = changesJson;
        this.error = error == null || error.length() <= 4000 ? error : error.substring(0, 3990) + "…";
    }

    public Long getHostId() {
        return hostId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public State getState() {
        return state;
    }

    public String getChangesJson() {
        return changesJson;
    }

    public String getError() {
        return error;
    }
}
