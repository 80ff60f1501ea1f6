package io.postwarden.push;

import io.postwarden.host.Host;
import io.postwarden.nsd.NsdCommands;
import io.postwarden.nsd.NsdPaths;
import io.postwarden.nsd.NsdPlan;
import io.postwarden.nsd.NsdPlanner;
import io.postwarden.postfix.PostconfOutput;
import io.postwarden.postfix.PostfixActualState;
import io.postwarden.postfix.PostfixPaths;
import io.postwarden.postfix.PostfixPlan;
import io.postwarden.postfix.PostfixPlanner;
import io.postwarden.postfix.PostfixRenderer;
import io.postwarden.ssh.CommandResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads what a host has and plans what it needs. Reading never changes the host, so
 * the same planner serves the preview, the push, the verification and the drift check.
 */
@Component
class HostPlanner {

    private final Clock clock;

    HostPlanner(Clock clock) {
        this.clock = clock;
    }

    HostPlan plan(Host host, DesiredHost desired, HostShell shell, String phase) {
        PostfixPaths paths = DesiredPolicies.paths(host);
        PostfixPlan postfix = null;
        if (desired.postfix() != null) {
            PostfixActualState actual = readPostfix(shell, paths, phase);
            postfix = PostfixPlanner.plan(PostfixRenderer.render(desired.postfix()), actual, paths);
        }
        List<HostPlan.ZonePlan> zones = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        NsdCommands nsd = nsdCommands(host);
        for (DesiredHost.Zone zone : desired.zones()) {
            String file = zone.explicitZoneFile() != null ? zone.explicitZoneFile() : zoneFile(shell, nsd, zone.name(), phase);
            String text = shell.readIfExists(phase, file).orElseThrow(() -> new HostShell.StepFailedException(
                    "zone " + zone.name() + ": its file " + file + " does not exist on " + host.getName()));
            NsdPlan plan = NsdPlanner.plan(zone.name(), file, text, zone.spf(), LocalDate.now(clock), nsd);
            notes.addAll(plan.notes());
            zones.add(new HostPlan.ZonePlan(zone.name(), file, plan, zone.records()));
        }
        return new HostPlan(postfix, paths, zones, notes);
    }

    PostfixActualState readPostfix(HostShell shell, PostfixPaths paths, String phase) {
        String dir = paths.configDirectory();
        String mainCf = shell.read(phase, paths.mainCf());
        String services = shell.require(phase, "read the master.cf services", List.of("postconf", "-c", dir, "-M")).stdout();
        String overrides = shell.require(phase, "read the master.cf -o overrides", List.of("postconf", "-c", dir, "-P")).stdout();
        Optional<String> accessMap = shell.readIfExists(phase, paths.accessMapPath());
        boolean built = accessMap.isPresent() && databaseIsFresh(shell, paths, phase);
        Optional<String> policyd = shell.readIfExists(phase, paths.policydSpfConfigFile());
        return new PostfixActualState(PostconfOutput.parameters(mainCf), PostconfOutput.services(services, overrides),
                accessMap, built, policyd);
    }

    /** postmap leaves a database at least as new as the map it was built from. */
    private static boolean databaseIsFresh(HostShell shell, PostfixPaths paths, String phase) {
        CommandResult stat = shell.run(phase, "compare the access map with its database",
                List.of("stat", "-c", "%Y", paths.accessMapPath(), paths.accessMapDatabase()));
        if (!stat.succeeded()) {
            return false;
        }
        String[] times = stat.stdout().strip().split("\\s+");
        return times.length == 2 && Long.parseLong(times[1]) >= Long.parseLong(times[0]);
    }

    String zoneFile(HostShell shell, NsdCommands nsd, String zone, String phase) {
        CommandResult result = shell.run(phase, "find the zone file of " + zone + " in the NSD configuration", nsd.zonefileQuery(zone));
        if (!result.succeeded() || result.stdout().isBlank()) {
            throw new HostShell.StepFailedException("zone " + zone + " is not configured in " + nsd.confPath()
                    + HostShell.describe(result) + " — declare it in NSD, or set the zone file on the domain");
        }
        Path conf = Path.of(nsd.confPath());
        return NsdPaths.resolveZoneFile(result.stdout().strip(), conf.getParent().toString(), zone);
    }

    static NsdCommands nsdCommands(Host host) {
        return new NsdCommands(host.getNsdConfigFile());
    }
}
