package io.postwarden.ssh;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How a command ended: its exit status and what it printed (each stream capped).
 *
 * @param outputTruncated whether stdout or stderr was longer than the cap and was cut
 */
public record CommandResult(String commandLine, int exitStatus, String stdout, String stderr, boolean outputTruncated,
        Duration took) {

    /** What sudo itself prints when it will not run a command (sudo 1.8/1.9). */
    private static final List<String> SUDO_REFUSALS = List.of("a password is required", "is not allowed to execute",
            "is not in the sudoers file", "may not run sudo", "a terminal is required", "no tty present");

    public boolean succeeded() {
        return exitStatus == 0;
    }

    /** Returns this result if the command succeeded, otherwise throws with the result attached. */
    public CommandResult requireSuccess() {
        if (succeeded()) {
            return this;
        }
        if (sudoRefused()) {
            throw new SudoDeniedException(this);
        }
        throw new CommandFailedException(this);
    }

    /** Whether the command went through sudo and stderr shows that sudo itself refused to run it. */
    public boolean sudoRefused() {
        if (succeeded() || !commandLine.startsWith("'sudo' ")) {
            return false;
        }
        String text = stderr.toLowerCase(Locale.ROOT);
        return SUDO_REFUSALS.stream().anyMatch(text::contains);
    }
}
