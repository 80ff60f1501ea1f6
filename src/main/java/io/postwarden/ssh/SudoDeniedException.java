package io.postwarden.ssh;

/** sudo refused to run a command without a password: the host's sudoers rules need attention. */
public class SudoDeniedException extends CommandFailedException {

    public SudoDeniedException(CommandResult result) {
        super("sudo refused to run " + result.commandLine() + " without a password ("
                + firstLines(result.stderr().strip()) + "); allow it with NOPASSWD in the host's sudoers.", result);
    }
}
