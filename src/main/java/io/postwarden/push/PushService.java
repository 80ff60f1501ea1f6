package io.postwarden.push;

import io.postwarden.audit.AuditLog;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class PushService {

    private final PushRepository pushes;
    private final HostService hosts;
    private final PushViews views;
    private final PushRunner runner;
    private final Clock clock;
    private final PlanService plans;
    private final AuditLog audit;

    PushService(PushRepository pushes, HostService hosts, PushViews views, PushRunner runner, Clock clock, PlanService plans,
                AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
        this.pushes = pushes;
        this.hosts = hosts;
        this.views = views;
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * Records a push of the given hosts (every host when none are named) and starts it
     * once the record is committed, so the runner never looks for a push that is not
     * there yet.
     */
    @Transactional
    public PushView start(List<Long> hostIds, String actor) {
        List<Host> targets = targets(hostIds);
        Push push = new Push(PushKind.PUSH, actor, clock.instant(), null);
        targets.forEach(host -> push.addHost(host.getId(), host.getName()));
        pushes.saveAndFlush(push);
        long id = push.getId();
        audit.record(push.getKind() == PushKind.RESTORE ? "RESTORE_STARTED" : "PUSH_STARTED", "Push", String.valueOf(id),
                (push.getKind() == PushKind.RESTORE ? "restore of push " + push.getRestoreOf() + " on " : "push of ")
                        + push.getHosts().stream().map(PushHost::getHostName).toList(), null, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.run(id);
            }
        });
        return views.of(push, false);
    }

    /**
     * Restores the hosts of an earlier push to their state before it, from the backups
     * that push left on them. Only hosts it backed up can be restored.
     */
    @Transactional
    public PushView restore(long restoreOf, String actor) {
        Push earlier = pushes.findById(restoreOf).orElseThrow(() -> new NotFoundException("Push", restoreOf));
        List<PushHost> backedUp = earlier.getHosts().stream().filter(PushHost::isBackedUp).filter(h -> h.getHostId() != null).toList();
        if (backedUp.isEmpty()) {
            throw new InvalidInputException("id", "push " + restoreOf + " changed no host, so it left no backup to restore");
        }
        Push push = new Push(PushKind.RESTORE, actor, clock.instant(), restoreOf);
        backedUp.forEach(host -> push.addHost(host.getHostId(), host.getHostName()));
        pushes.saveAndFlush(push);
        long id = push.getId();
        audit.record(push.getKind() == PushKind.RESTORE ? "RESTORE_STARTED" : "PUSH_STARTED", "Push", String.valueOf(id),
                (push.getKind() == PushKind.RESTORE ? "restore of push " + push.getRestoreOf() + " on " : "push of ")
                        + push.getHosts().stream().map(PushHost::getHostName).toList(), null, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.run(id);
            }
        });
        return views.of(push, false);
    }

    @Transactional(readOnly = true)
    public PushView view(long id, boolean withSteps) {
        return views.of(pushes.findById(id).orElseThrow(() -> new NotFoundException("Push", id)), withSteps);
    }

    @Transactional(readOnly = true)
    public Page<PushView> list(Pageable pageable) {
        return pushes.findAllByOrderByCreatedAtDesc(pageable).map(push -> views.of(push, false));
    }

    private List<Host> targets(List<Long> hostIds) {
        return plans.targets(hostIds);
    }
}
