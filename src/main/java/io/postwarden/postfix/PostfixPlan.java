package io.postwarden.postfix;

import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import java.util.List;

/**
 * The difference for one Postfix instance and the steps that remove it, in three
 * phases so a host's plans can be interleaved: stage (write files and settings),
 * validate ({@code postfix check}), activate (reload, or stop and start when the
 * listening interfaces change, which a reload ignores).
 *
 * @param blockers reasons the plan cannot be applied at all (e.g. policyd-spf missing)
 */
public record PostfixPlan(List<ConfigChange> changes, List<RemoteStep> stage, List<RemoteStep> validate,
                          List<RemoteStep> activate, List<String> blockers, List<String> filesTouched) {

    public PostfixPlan {
        changes = List.copyOf(changes);
        stage = List.copyOf(stage);
        validate = List.copyOf(validate);
        activate = List.copyOf(activate);
        blockers = List.copyOf(blockers);
        filesTouched = List.copyOf(filesTouched);
    }

    public boolean inSync() {
        return changes.isEmpty() && stage.isEmpty();
    }
}
