package io.postwarden.push;

import io.postwarden.host.Host;

/** The stored and shown form of a host's plan. */
final class PlanViews {

    private PlanViews() {
    }

    static HostPlanView of(Host host, HostPlan plan, HostShell shell) {
        return new HostPlanView(host.getId(), host.getName(), plan.inSync(), plan.changes(), plan.commands(shell), plan.notes(),
                plan.blockers());
    }
}
