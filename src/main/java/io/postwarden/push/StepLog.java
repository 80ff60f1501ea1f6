package io.postwarden.push;

/** Where the commands run on a host are recorded as they start and end. */
interface StepLog {

    /** Returns a handle for {@link #finished}. */
    long started(String phase, String purpose, String display);

    void finished(long step, Integer exitCode, String stdout, String stderr, boolean succeeded);

    /** For reads that are not part of a push (plans, drift checks): nothing is kept. */
    StepLog NONE = new StepLog() {
        @Override
        public long started(String phase, String purpose, String display) {
            return 0;
        }

        @Override
        public void finished(long step, Integer exitCode, String stdout, String stderr, boolean succeeded) {
        }
    };
}
