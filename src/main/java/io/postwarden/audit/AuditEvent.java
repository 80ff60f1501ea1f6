package io.postwarden.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail. Written once, never changed: no setters, and Hibernate ignores changes. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "before_json", updatable = false)
    private String beforeJson;

    @Column(name = "after_json", updatable = false)
    private String afterJson;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String kind, String subjectType, String subjectId, String summary,
               String beforeJson, String afterJson) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getKind() {
        return kind;
    }

    String getSubjectType() {
        return subjectType;
    }

    String getSubjectId() {
        return subjectId;
    }

    String getSummary() {
        return summary;
    }

    String getBeforeJson() {
        return beforeJson;
    }

    String getAfterJson() {
        return afterJson;
    }
}
