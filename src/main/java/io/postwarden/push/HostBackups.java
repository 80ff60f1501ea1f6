package io.postwarden.push;

import io.postwarden.ssh.CommandResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups kept on the host itself, one folder per push: a copy of every file the push
 * may change (owner, mode and times kept) and a MANIFEST that also names the files that
 * did not exist, so a restore can remove what the push created.
 */
final class HostBackups {

    static final String MANIFEST = "MANIFEST";
    private static final Pattern PUSH_FOLDER = Pattern.compile("push-(\\d+)");

    private final String hostRoot;

    HostBackups(String backupRoot, String hostName) {
        this.hostRoot = backupRoot + "/" + hostName;
    }

    String folderOf(long pushId) {
        return hostRoot + "/push-" + pushId;
    }

    record Entry(boolean present, String copy, String path) {
    }

    List<Entry> backUp(HostShell shell, long pushId, Collection<String> files) {
        String folder = folderOf(pushId);
        shell.require("backup", "create the backup folder of this push", List.of("mkdir", "-p", "-m", "0700", folder));
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (String file : files) {
            String copy = folder + "/file-" + (++index);
            CommandResult exists = shell.run("backup", "check whether " + file + " exists", List.of("test", "-e", file));
            if (exists.succeeded()) {
                shell.require("backup", "back up " + file, List.of("cp", "-p", "--", file, copy));
                entries.add(new Entry(true, copy, file));
            } else {
                entries.add(new Entry(false, copy, file));
            }
        }
        StringBuilder manifest = new StringBuilder("# Postwarden backup of push " + pushId + ": state, copy, original path\n");
        entries.forEach(e -> manifest.append(e.present() ? "present" : "absent").append('\t').append(e.copy()).append('\t')
                .append(e.path()).append('\n'));
        shell.upload("backup", "write the backup manifest", folder + "/" + MANIFEST,
                manifest.toString().getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    List<Entry> manifest(HostShell shell, long pushId, String phase) {
        String text = shell.read(phase, folderOf(pushId) + "/" + MANIFEST);
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length != 3 || !parts[1].startsWith(folderOf(pushId) + "/")) {
                throw new HostShell.StepFailedException("the backup manifest of push " + pushId + " is damaged: " + line);
            }
            entries.add(new Entry(parts[0].equals("present"), parts[1], parts[2]));
        }
        return entries;
    }

    /** Puts every backed-up file back, byte for byte, and removes the ones the push created. */
    void restore(HostShell shell, List<Entry> entries, String phase) {
        for (Entry entry : entries) {
            if (entry.present()) {
                shell.require(phase, "restore " + entry.path(), List.of("cp", "-p", "--", entry.copy(), entry.path()));
            } else {
                shell.require(phase, "remove " + entry.path() + ", which did not exist before", List.of("rm", "-f", "--", entry.path()));
            }
        }
    }

    /** Deletes the oldest backups of the host beyond the number kept. */
    void prune(HostShell shell, int kept) {
        CommandResult listing = shell.run("prune", "list the backups kept on the host", List.of("ls", "-1", hostRoot));
        if (!listing.succeeded()) {
            return;
        }
        List<Long> pushes = new ArrayList<>();
        for (String name : listing.stdout().split("\n")) {
            Matcher m = PUSH_FOLDER.matcher(name.strip());
            if (m.matches()) {
                pushes.add(Long.parseLong(m.group(1)));
            }
        }
        pushes.sort(Comparator.reverseOrder());
        for (Long old : pushes.subList(Math.min(kept, pushes.size()), pushes.size())) {
            shell.require("prune", "delete the backup of push " + old, List.of("rm", "-r", "-f", "--", folderOf(old)));
        }
    }
}
