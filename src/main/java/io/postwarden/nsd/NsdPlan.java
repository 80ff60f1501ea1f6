package io.postwarden.nsd;

import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import java.util.List;

/**
 * The difference for one zone on one NSD host and the steps that remove it: upload the
 * edited zone file, {@code nsd-checkzone} it, {@code nsd-control reload} the zone. Empty
 * when the zone already serves what is wanted; the serial is bumped only when something
 * else changes.
 *
 * @param newText   the zone file as it will be written (the current text when in sync)
 * @param oldSerial the SOA serial the file has now
 * @param newSerial the SOA serial after the push (the same when in sync)
 * @param notes     what the edit could not keep as the operator wrote it
 */
public record NsdPlan(String zone, String zoneFilePath, List<ConfigChange> changes, List<RemoteStep> steps,
                      String newText, long oldSerial, long newSerial, List<String> notes) {

    public NsdPlan {
        changes = List.copyOf(changes);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    public boolean inSync() {
        return changes.isEmpty() && steps.isEmpty();
    }
}
