package io.postwarden.push;

/** Records each step in the push's own tables the moment it starts and ends. */
final class RecordingStepLog implements StepLog {

    private final PushRecorder recorder;
    private final long pushHostId;

    RecordingStepLog(PushRecorder recorder, long pushHostId) {
        this.recorder = recorder;
        this.pushHostId = pushHostId;
    }

    @Override
    public long started(String phase, String purpose, String display) {
        return recorder.stepStarted(pushHostId, phase, purpose, display);
    }

    @Override
    public void finished(long step, Integer exitCode, String stdout, String stderr, boolean succeeded) {
        recorder.stepFinished(step, exitCode, stdout, stderr, succeeded);
    }
}
