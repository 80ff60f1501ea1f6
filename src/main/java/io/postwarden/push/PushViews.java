package io.postwarden.push;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns push entities into views; the stored plan JSON is read back here. */
@Component
class PushViews {

    private final JsonMapper json;

    PushViews(JsonMapper json) {
        this.json = json;
    }

    PushView of(Push push, boolean withSteps) {
        return new PushView(push.getId(), push.getKind(), push.getStatus(), push.getRequestedBy(), push.getCreatedAt(),
                push.getStartedAt(), push.getFinishedAt(), push.getRestoreOf(), push.getSummary(), PushView.progress(push),
                push.getHosts().stream().map(host -> host(host, withSteps)).toList());
    }

    private PushView.HostView host(PushHost host, boolean withSteps) {
        return new PushView.HostView(host.getHostId(), host.getHostName(), host.getStatus(), host.isChanged(), host.isBackedUp(),
                host.getMessage(), plan(host.getChangesJson()), host.getRelayVerdict(), host.getRelayDetail(), host.getDnsAnswers(),
                host.getStartedAt(), host.getFinishedAt(),
                withSteps ? host.getSteps().stream().map(PushViews::step).toList() : java.util.List.of());
    }

    private static PushView.StepView step(PushStep step) {
        return new PushView.StepView(step.getSeq(), step.getPhase(), step.getPurpose(), step.getCommand(), step.getStatus(),
                step.getExitCode(), step.getStdout(), step.getStderr(), step.getStartedAt(), step.getFinishedAt());
    }

    HostPlanView plan(String changesJson) {
        return changesJson == null ? null : json.readValue(changesJson, HostPlanView.class);
    }

    String toJson(HostPlanView plan) {
        return json.writeValueAsString(plan);
    }
}
