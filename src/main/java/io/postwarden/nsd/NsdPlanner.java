package io.postwarden.nsd;

import io.postwarden.plan.ConfigArea;
import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import io.postwarden.plan.RemoteStep.Command;
import io.postwarden.plan.RemoteStep.Upload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans the SPF records of one zone on an NSD host. Pure: the same plan drives the
 * preview, the apply and the audit.
 */
public final class NsdPlanner {

    private NsdPlanner() {
    }

    /**
     * @param currentText the zone file as read from the host
     * @param desiredSpf  owner ({@code @}, a relative or an absolute name) → the TXT strings
     *                    its SPF record should hold; an empty list removes the record; an
     *                    owner that is not a key is left alone
     * @throws ZoneParseException when the current zone file does not parse
     * @throws ZoneEditException  when a wanted record cannot be written
     */
    public static NsdPlan plan(String zone, String zoneFilePath, String currentText, Map<String, List<String>> desiredSpf,
                               LocalDate today, NsdCommands commands) {
        ZoneFile file = ZoneFile.parse(zoneFilePath, zone, currentText);
        long oldSerial = file.serial();
        List<ConfigChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<String>> wanted : desiredSpf.entrySet()) {
            String owner = wanted.getKey();
            List<String> strings = wanted.getValue() == null ? List.of() : wanted.getValue();
            List<List<String>> current = file.spfRecords(owner);
            String item = file.absoluteName(owner) + " TXT";
            if (strings.isEmpty()) {
                if (!current.isEmpty()) {
                    current.forEach(record -> changes.add(ConfigChange.of(ConfigArea.ZONE, item, TxtStrings.render(record), null)));
                    file = file.withoutSpfRecord(owner);
                }
                continue;
            }
            // SPF reads the strings of a record joined together: a record split differently says the same.
            boolean same = current.size() == 1 && String.join("", current.get(0)).equals(String.join("", strings));
            if (!same) {
                String before = current.isEmpty() ? null : String.join(" | ", current.stream().map(TxtStrings::render).toList());
                changes.add(ConfigChange.of(ConfigArea.ZONE, item, before, TxtStrings.render(strings)));
                file = file.withSpfRecord(owner, strings);
            }
        }
        // Commands name the zone as nsd.conf does, without the final dot.
        String name = file.zone().length() > 1 ? file.zone().substring(0, file.zone().length() - 1) : file.zone();
        if (changes.isEmpty()) {
            return new NsdPlan(name, zoneFilePath, List.of(), List.of(), currentText, oldSerial, oldSerial, List.of());
        }
        ZoneEdit edit = file.bumpSerial(today);
        changes.add(ConfigChange.of(ConfigArea.ZONE, file.zone() + " SOA serial", Long.toString(edit.oldSerial()),
                Long.toString(edit.newSerial())));
        List<RemoteStep> steps = List.of(
                Upload.of("write the zone file with the new SPF record and SOA serial", zoneFilePath, edit.text()),
                new Command(commands.checkZone(name, zoneFilePath), "check the zone file before NSD loads it"),
                new Command(commands.reload(name), "make NSD serve the new zone"));
        return new NsdPlan(name, zoneFilePath, changes, steps, edit.text(), edit.oldSerial(), edit.newSerial(), edit.notes());
    }
}
