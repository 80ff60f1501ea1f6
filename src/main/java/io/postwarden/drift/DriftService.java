package io.postwarden.drift;

import io.postwarden.config.PostwardenProperties;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.push.HostPlanView;
import io.postwarden.push.PlanService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares every host with the database, as a plan would, and keeps the last answer per
 * host: in sync, drifted (with the diff), unreachable, or never pushed.
 */
@Service
public class DriftService {

    public record DriftView(Long hostId, String hostName, HostDrift.State state, Instant checkedAt, HostPlanView diff,
                            String error) {
    }

    private final PlanService plans;
    private final HostService hosts;
    private final HostDriftRepository drifts;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final PostwardenProperties properties;

    DriftService(PlanService plans, HostService hosts, HostDriftRepository drifts, JdbcTemplate jdbc, JsonMapper json,
                 Clock clock, PostwardenProperties properties) {
        this.plans = plans;
        this.hosts = hosts;
        this.drifts = drifts;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${postwarden.drift.interval:PT30M}", fixedDelayString = "${postwarden.drift.interval:PT30M}")
    void scheduledCheck() {
        if (properties.getDrift().isScheduleEnabled() && !hosts.all().isEmpty()) {
            check(null);
        }
    }

    public List<DriftView> check(List<Long> hostIds) {
        PlanService.FleetPlan fleet = plans.plan(hostIds);
        Instant now = clock.instant();
        for (PlanService.HostPlanResult result : fleet.hosts()) {
            save(result, now);
        }
        return current();
    }

    private void save(PlanService.HostPlanResult result, Instant now) {
        HostDrift drift = drifts.findById(result.hostId()).orElseGet(() -> new HostDrift(result.hostId()));
        HostDrift.State state = switch (result.state()) {
            case IN_SYNC -> HostDrift.State.IN_SYNC;
            case DRIFTED -> neverPushed(result.hostId()) ? HostDrift.State.NEVER_PUSHED : HostDrift.State.DRIFTED;
            case UNREACHABLE -> HostDrift.State.UNREACHABLE;
            case ERROR -> HostDrift.State.ERROR;
        };
        drift.record(now, state, result.plan() == null ? null : json.writeValueAsString(result.plan()), result.error());
        drifts.save(drift);
    }

    private boolean neverPushed(long hostId) {
        Integer pushed = jdbc.queryForObject("SELECT COUNT(*) FROM push_host WHERE host_id = ? AND status = 'SUCCEEDED'",
                Integer.class, hostId);
        return pushed == null || pushed == 0;
    }

    @Transactional(readOnly = true)
    public List<DriftView> current() {
        Map<Long, HostDrift> byHost = drifts.findAll().stream().collect(Collectors.toMap(HostDrift::getHostId, Function.identity()));
        return hosts.all().stream().map(host -> view(host, byHost.get(host.getId()))).toList();
    }

    private DriftView view(Host host, HostDrift drift) {
        if (drift == null) {
            return new DriftView(host.getId(), host.getName(), null, null, null, null);
        }
        HostPlanView diff = drift.getChangesJson() == null ? null : json.readValue(drift.getChangesJson(), HostPlanView.class);
        return new DriftView(host.getId(), host.getName(), drift.getState(), drift.getCheckedAt(), diff, drift.getError());
    }
}
