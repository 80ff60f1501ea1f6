package io.postwarden.postfix;

import io.postwarden.plan.ConfigArea;
import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import io.postwarden.plan.RemoteStep.Command;
import io.postwarden.plan.RemoteStep.Upload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the commands that bring a Postfix instance from its actual state to the
 * desired one. Pure: the same plan drives the preview, the apply and the audit.
 *
 * <p>Order matters for speed: Postfix tools that read main.cf wait until a freshly
 * written main.cf is about two seconds old, so the access map is built and master.cf
 * changed before main.cf is written, and {@code postfix check} comes last.
 */
public final class PostfixPlanner {

    private PostfixPlanner() {
    }

    public static PostfixPlan plan(PostfixDesiredState desired, PostfixActualState actual, PostfixPaths paths) {
        List<ConfigChange> changes = new ArrayList<>();
        List<RemoteStep> stage = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        String dir = paths.configDirectory();

        planAccessMap(desired, actual, paths, changes, stage, files);
        planPolicyd(desired, actual, paths, changes, stage, blockers, files);
        planServices(desired, actual, dir, changes, stage, files, paths);
        boolean restart = planParameters(desired, actual, dir, changes, stage, files, paths);

        List<RemoteStep> validate = new ArrayList<>();
        List<RemoteStep> activate = new ArrayList<>();
        if (!stage.isEmpty()) {
            validate.add(Command.of("validate the configuration before it goes live", "postfix", "-c", dir, "check"));
            if (restart) {
                // A reload ignores a change of inet_interfaces: only a restart rebinds the listeners.
                activate.add(Command.of("stop Postfix: the listening interfaces change", "postfix", "-c", dir, "stop"));
                activate.add(Command.of("start Postfix on the new interfaces", "postfix", "-c", dir, "start"));
            } else {
                activate.add(Command.of("make the running Postfix use the new configuration", "postfix", "-c", dir, "reload"));
            }
        }
        return new PostfixPlan(changes, stage, validate, activate, blockers, List.copyOf(files));
    }

    private static void planAccessMap(PostfixDesiredState desired, PostfixActualState actual, PostfixPaths paths,
                                      List<ConfigChange> changes, List<RemoteStep> stage, Set<String> files) {
        String current = actual.accessMapText().orElse(null);
        boolean textChanged = !desired.accessMapText().equals(current);
        if (textChanged) {
            List<String> before = entries(current == null ? "" : current);
            List<String> after = entries(desired.accessMapText());
            before.stream().filter(line -> !after.contains(line))
                    .forEach(line -> changes.add(ConfigChange.of(ConfigArea.ACCESS_MAP, line, line, null)));
            after.stream().filter(line -> !before.contains(line))
                    .forEach(line -> changes.add(ConfigChange.of(ConfigArea.ACCESS_MAP, line, null, line)));
            if (before.equals(after)) {
                changes.add(ConfigChange.of(ConfigArea.ACCESS_MAP, "comments and layout", current == null ? null : "edited by hand", "as rendered"));
            }
            stage.add(Upload.of("write the access map", paths.accessMapPath(), desired.accessMapText()));
        }
        if (textChanged || !actual.accessMapBuilt()) {
            if (!textChanged) {
                changes.add(ConfigChange.of(ConfigArea.ACCESS_MAP, "lookup table " + paths.accessMapDatabase(), "missing or older than the map", "rebuilt"));
            }
            stage.add(Command.of("rebuild the lookup table of the access map", "postmap", "-c", paths.configDirectory(),
                    paths.accessMapReference()));
            files.add(paths.accessMapPath());
            files.add(paths.accessMapDatabase());
        }
    }

    private static void planPolicyd(PostfixDesiredState desired, PostfixActualState actual, PostfixPaths paths,
                                    List<ConfigChange> changes, List<RemoteStep> stage, List<String> blockers, Set<String> files) {
        if (desired.policydSpfRejects() == null) {
            return;
        }
        if (actual.policydSpfConfig().isEmpty()) {
            blockers.add(paths.policydSpfConfigFile() + " does not exist: install postfix-policyd-spf-python on the host, "
                    + "or set SPF enforcement to off");
            return;
        }
        String current = actual.policydSpfConfig().get();
        String wanted = PolicydSpfConfig.withRejects(current, desired.policydSpfRejects());
        if (!wanted.equals(current)) {
            for (String key : PolicydSpfConfig.KEYS) {
                String before = PolicydSpfConfig.valueOf(current, key);
                String after = PolicydSpfConfig.valueOf(wanted, key);
                if (!Objects.equals(before, after)) {
                    changes.add(ConfigChange.of(ConfigArea.POLICYD_SPF, key, before, after));
                }
            }
            stage.add(Upload.of(desired.policydSpfRejects() ? "make policyd-spf reject mail that fails SPF"
                    : "make policyd-spf only add Received-SPF headers", paths.policydSpfConfigFile(), wanted));
            files.add(paths.policydSpfConfigFile());
        }
    }

    private static void planServices(PostfixDesiredState desired, PostfixActualState actual, String dir,
                                     List<ConfigChange> changes, List<RemoteStep> stage, Set<String> files, PostfixPaths paths) {
        for (MasterService service : desired.services()) {
            MasterService current = actual.services().get(service.key());
            if (current == null || !current.sameEntryAs(service)) {
                changes.add(ConfigChange.of(ConfigArea.MASTER_CF, service.key(), current == null ? null : current.entry(), service.entry()));
                // postconf -M replaces the whole entry and drops its -o options: every override is set again.
                stage.add(Command.of("define the " + service.key() + " service", "postconf", "-c", dir, "-M",
                        service.key() + "=" + service.entry()));
                if (current != null) {
                    current.overrides().forEach((name, value) -> {
                        if (!service.overrides().containsKey(name)) {
                            changes.add(ConfigChange.of(ConfigArea.MASTER_CF, service.key() + " -o " + name, value, null));
                        }
                    });
                }
                service.overrides().forEach((name, value) -> {
                    String before = current == null ? null : current.overrides().get(name);
                    if (!value.equals(before)) {
                        changes.add(ConfigChange.of(ConfigArea.MASTER_CF, service.key() + " -o " + name, before, value));
                    }
                });
                addOverrides(stage, dir, service, service.overrides());
                files.add(paths.masterCf());
                continue;
            }
            Map<String, String> changed = new java.util.LinkedHashMap<>();
            service.overrides().forEach((name, value) -> {
                String before = current.overrides().get(name);
                if (!value.equals(before)) {
                    changes.add(ConfigChange.of(ConfigArea.MASTER_CF, service.key() + " -o " + name, before, value));
                    changed.put(name, value);
                }
            });
            addOverrides(stage, dir, service, changed);
            List<String> removed = current.overrides().keySet().stream().filter(name -> !service.overrides().containsKey(name)).toList();
            for (String name : removed) {
                changes.add(ConfigChange.of(ConfigArea.MASTER_CF, service.key() + " -o " + name, current.overrides().get(name), null));
            }
            if (!removed.isEmpty()) {
                List<String> argv = new ArrayList<>(List.of("postconf", "-c", dir, "-PX"));
                removed.forEach(name -> argv.add(service.key() + "/" + name));
                stage.add(new Command(argv, "remove overrides of " + service.key()));
            }
            if (!changed.isEmpty() || !removed.isEmpty()) {
                files.add(paths.masterCf());
            }
        }
        for (String key : desired.absentServices()) {
            MasterService current = actual.services().get(key);
            if (current != null) {
                changes.add(ConfigChange.of(ConfigArea.MASTER_CF, key, current.entry(), null));
                stage.add(Command.of("remove the " + key + " service", "postconf", "-c", dir, "-MX", key));
                files.add(paths.masterCf());
            }
        }
    }

    private static void addOverrides(List<RemoteStep> stage, String dir, MasterService service, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return;
        }
        List<String> argv = new ArrayList<>(List.of("postconf", "-c", dir, "-P"));
        overrides.forEach((name, value) -> argv.add(service.key() + "/" + name + "=" + value));
        stage.add(new Command(argv, "set the -o overrides of " + service.key()));
    }

    /** Returns whether the change needs a restart rather than a reload. */
    private static boolean planParameters(PostfixDesiredState desired, PostfixActualState actual, String dir,
                                          List<ConfigChange> changes, List<RemoteStep> stage, Set<String> files, PostfixPaths paths) {
        List<String> assignments = new ArrayList<>();
        boolean restart = false;
        for (Map.Entry<String, String> parameter : desired.parameters().entrySet()) {
            String current = actual.parameters().get(parameter.getKey());
            if (current == null || !normalise(current).equals(normalise(parameter.getValue()))) {
                changes.add(ConfigChange.of(ConfigArea.MAIN_CF, parameter.getKey(), current, parameter.getValue()));
                assignments.add(parameter.getKey() + "=" + parameter.getValue());
                restart |= parameter.getKey().equals("inet_interfaces");
            }
        }
        List<String> removals = new ArrayList<>();
        for (String name : desired.absentParameters()) {
            if (actual.parameters().containsKey(name)) {
                changes.add(ConfigChange.of(ConfigArea.MAIN_CF, name, actual.parameters().get(name), null));
                removals.add(name);
            }
        }
        if (!assignments.isEmpty()) {
            List<String> argv = new ArrayList<>(List.of("postconf", "-c", dir, "-e"));
            argv.addAll(assignments);
            stage.add(new Command(argv, "set main.cf parameters"));
        }
        if (!removals.isEmpty()) {
            List<String> argv = new ArrayList<>(List.of("postconf", "-c", dir, "-X"));
            argv.addAll(removals);
            stage.add(new Command(argv, "remove main.cf parameters"));
        }
        if (!assignments.isEmpty() || !removals.isEmpty()) {
            files.add(paths.mainCf());
        }
        return restart;
    }

    /** Postfix reads lists separated by commas or whitespace alike. */
    static String normalise(String value) {
        return String.join(" ", value.strip().split("[,\\s]+"));
    }

    private static List<String> entries(String mapText) {
        List<String> entries = new ArrayList<>();
        for (String line : mapText.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                entries.add(String.join(" ", stripped.split("\\s+", 2)));
            }
        }
        return entries;
    }
}
