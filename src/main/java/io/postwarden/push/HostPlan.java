package io.postwarden.push;

import io.postwarden.nsd.NsdPlan;
import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import io.postwarden.postfix.PostfixPaths;
import io.postwarden.postfix.PostfixPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one host needs: its Postfix plan (null without the mail role) and one
 * plan per zone it serves. The same object is shown as the preview, applied, and
 * stored with the push.
 */
record HostPlan(PostfixPlan postfix, PostfixPaths paths, List<ZonePlan> zones, List<String> notes) {

    HostPlan {
        zones = List.copyOf(zones);
        notes = List.copyOf(notes);
    }

    record ZonePlan(String zone, String file, NsdPlan plan, Map<String, String> records) {

        /** The name an owner of this zone is queried by. */
        String fullName(String owner) {
            return owner.equals("@") ? zone : owner.endsWith(".") ? owner.substring(0, owner.length() - 1) : owner + "." + zone;
        }
    }

    boolean inSync() {
        return (postfix == null || postfix.inSync()) && zones.stream().allMatch(zone -> zone.plan().inSync());
    }

    List<String> blockers() {
        return postfix == null ? List.of() : postfix.blockers();
    }

    List<ConfigChange> changes() {
        List<ConfigChange> all = new ArrayList<>();
        if (postfix != null) {
            all.addAll(postfix.changes());
        }
        zones.forEach(zone -> all.addAll(zone.plan().changes()));
        return all;
    }

    /** Every file apply may change, for the backup: the access map's database included. */
    Set<String> filesTouched() {
        Set<String> files = new LinkedHashSet<>();
        if (postfix != null && !postfix.inSync()) {
            files.add(paths.mainCf());
            files.add(paths.masterCf());
            files.addAll(postfix.filesTouched());
            if (files.contains(paths.accessMapPath())) {
                files.add(paths.accessMapDatabase());
            }
        }
        zones.stream().filter(zone -> !zone.plan().inSync()).forEach(zone -> files.add(zone.file()));
        return files;
    }

    record Phased(String phase, RemoteStep step) {
    }

    List<String> commands(HostShell shell) {
        List<String> commands = new ArrayList<>();
        for (Phased phased : applyOrder()) {
            RemoteStep step = phased.step();
            commands.add(step instanceof RemoteStep.Command command ? shell.display(command.argv()) : step.display());
        }
        return commands;
    }

    /**
     * Postfix's own files first, zone uploads while main.cf cools down (Postfix tools
     * wait until a fresh main.cf is two seconds old), then every check, then reloads:
     * a check that fails leaves nothing live.
     */
    List<Phased> applyOrder() {
        List<Phased> steps = new ArrayList<>();
        if (postfix != null) {
            postfix.stage().forEach(step -> steps.add(new Phased("stage", step)));
        }
        zones.forEach(zone -> zone.plan().steps().stream().filter(RemoteStep.Upload.class::isInstance)
                .forEach(step -> steps.add(new Phased("stage", step))));
        // The zone checks run while a freshly written main.cf settles: postfix check waits for that anyway.
        zones.forEach(zone -> zone.plan().steps().stream().filter(HostPlan::isZoneCheck)
                .forEach(step -> steps.add(new Phased("validate", step))));
        if (postfix != null) {
            postfix.validate().forEach(step -> steps.add(new Phased("validate", step)));
        }
        if (postfix != null) {
            postfix.activate().forEach(step -> steps.add(new Phased("activate", step)));
        }
        zones.forEach(zone -> zone.plan().steps().stream()
                .filter(step -> step instanceof RemoteStep.Command && !isZoneCheck(step))
                .forEach(step -> steps.add(new Phased("activate", step))));
        return steps;
    }

    private static boolean isZoneCheck(RemoteStep step) {
        return step instanceof RemoteStep.Command command && command.argv().get(0).equals("nsd-checkzone");
    }
}
