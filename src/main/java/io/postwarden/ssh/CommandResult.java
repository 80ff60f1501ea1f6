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

    private static final List<String> SUDO_REFUSALS = List.of("a password is required", "not allowed",
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

    /** Whether stderr shows that sudo itself refused to run the command. */
    public boolean sudoRefused() {
        if (succeeded()) {
            return false;
        }
        String text = stderr.toLowerCase(Locale.ROOT);
        return text.contains("sudo") && SUDO_REFUSALS.stream().anyMatch(text::contains);
    }
}
