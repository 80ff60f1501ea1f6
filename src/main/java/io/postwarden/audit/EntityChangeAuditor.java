package io.postwarden.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.temporal.Temporal;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Records every change to the policy — who, when, and the object before and after —
 * from Hibernate's own change events, so no service can change policy without leaving
 * a trace. The entry is written in the same transaction as the change: both or neither.
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The policy and who may change it; pushes, drift and the trail itself record their own story. */
    private static final Set<String> AUDITED_PACKAGES = Set.of("io.postwarden.host", "io.postwarden.domain",
            "io.postwarden.network", "io.postwarden.access", "io.postwarden.spf", "io.postwarden.settings",
            "io.postwarden.security");
    private static final List<String> DISPLAY_FIELDS = List.of("name", "cidr", "key", "username", "record");
    /** Touched on every use of a token: not a change anyone made. */
    private static final Set<String> BOOKKEEPING = Set.of("lastUsedAt", "version");

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;

    EntityChangeAuditor(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, ObjectMapper mapper, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity())) {
            Map<String, Object> after = state(event.getPersister(), event.getState(), null);
            write("CREATE", event.getEntity(), event.getId(), null, after);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity()) || event.getOldState() == null) {
            return;
        }
        int[] dirty = event.getDirtyProperties();
        String[] names = event.getPersister().getPropertyNames();
        if (dirty == null || Arrays.stream(dirty).allMatch(i -> BOOKKEEPING.contains(names[i]))) {
            return;
        }
        write("UPDATE", event.getEntity(), event.getId(), state(event.getPersister(), event.getOldState(), dirty),
                state(event.getPersister(), event.getState(), dirty));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity())) {
            write("DELETE", event.getEntity(), event.getId(), state(event.getPersister(), event.getDeletedState(), null), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(Object entity) {
        return AUDITED_PACKAGES.contains(entity.getClass().getPackageName());
    }

    private Map<String, Object> state(EntityPersister persister, Object[] values, int[] only) {
        String[] names = persister.getPropertyNames();
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            final int property = i;
            if (only != null && Arrays.stream(only).noneMatch(index -> index == property)) {
                continue;
            }
            state.put(names[i], plain(values[i]));
        }
        return state;
    }

    /** Relations are shown by their id, never by loading them: this runs in the middle of a flush. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal) {
            return value instanceof Temporal || value instanceof Enum<?> ? value.toString() : value;
        }
        if (value instanceof Collection<?>) {
            return "(collection)";
        }
        try {
            Object id = value.getClass().getMethod("getId").invoke(value);
            return value.getClass().getSimpleName().replaceAll("\\$.*", "") + "#" + id;
        } catch (ReflectiveOperationException e) {
            return String.valueOf(value);
        }
    }

    private void write(String kind, Object entity, Object id, Map<String, Object> before, Map<String, Object> after) {
        String type = entity.getClass().getSimpleName().replaceAll("\\$.*", "");
        Map<String, Object> shown = after != null ? after : before;
        String display = DISPLAY_FIELDS.stream().map(shown::get).filter(v -> v != null).map(String::valueOf).findFirst()
                .orElse("#" + id);
        String summary = kind.toLowerCase(Locale.ROOT) + "d " + type + " " + display;
        String actor = AuditLog.currentActor();
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, kind, subject_type, subject_id, summary, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), clip(actor, 128), kind, type,
                String.valueOf(id), clip(summary, 1000), AuditRedaction.toJson(mapper, before), AuditRedaction.toJson(mapper, after));
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
