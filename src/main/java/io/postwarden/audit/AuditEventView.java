package io.postwarden.audit;

import java.time.Instant;

/** An audit entry as the API and the page show it; {@code before}/{@code after} are JSON text, secrets redacted. */
public record AuditEventView(long id, Instant occurredAt, String actor, String kind, String subjectType, String subjectId,
                             String summary, String before, String after) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getKind(), e.getSubjectType(), e.getSubjectId(),
                e.getSummary(), e.getBeforeJson(), e.getAfterJson());
    }
}
