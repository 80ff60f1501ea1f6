package io.postwarden.push;

import io.postwarden.plan.ConfigChange;
import java.util.List;

/**
 * The plan of one host as the preview, the API and the push record show it: what
 * changes, the exact commands apply would run, and anything that blocks it.
 */
public record HostPlanView(Long hostId, String hostName, boolean inSync, List<ConfigChange> changes, List<String> commands,
                           List<String> notes, List<String> blockers) {
}
