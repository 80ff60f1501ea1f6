package io.postwarden.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit trail: appends entries and reads them back, newest first. There is no way
 * to change or remove an entry. Recording joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    private final AuditEventRepository events;
    private final ObjectMapper mapper;
    private final Clock clock;

    AuditLog(AuditEventRepository events, ObjectMapper mapper, Clock clock) {
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user (or {@code system} when nobody is) did {@code kind}
     * to a subject. {@code before} and {@code after} are stored as JSON, fields that look
     * like secrets (password, privateKey, secret, token…) replaced by {@code "[redacted]"}.
     */
    @Transactional
    public void record(String kind, String subjectType, String subjectId, String summary, Object before, Object after) {
        recordAs(currentActor(), kind, subjectType, subjectId, summary, before, after);
    }

    /** For work that runs without a signed-in user, on behalf of the one who started it (a push). */
    @Transactional
    public void recordFor(String actor, String kind, String subjectType, String subjectId, String summary, Object before,
                          Object after) {
        recordAs(actor, kind, subjectType, subjectId, summary, before, after);
    }

    @Transactional
    void recordAs(String actor, String kind, String subjectType, String subjectId, String summary, Object before, Object after) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs a kind");
        }
        events.save(new AuditEvent(clock.instant(), clip(actor == null || actor.isBlank() ? SYSTEM : actor, 128), clip(kind, 64),
                clip(subjectType, 64), clip(subjectId, 256), clip(summary == null ? "" : summary, 1000),
                AuditRedaction.toJson(mapper, before), AuditRedaction.toJson(mapper, after)));
    }

    /** Entries matching {@code filter}, newest first whatever sort {@code pageable} asks for. */
    @Transactional(readOnly = true)
    public Page<AuditEventView> search(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return events.findAll(matching(filter), newestFirst).map(AuditEventView::of);
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (filter.actor() != null) {
                where.add(cb.equal(root.get("actor"), filter.actor()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
