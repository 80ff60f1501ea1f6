package io.postwarden.ssh;

/** A command ran and exited with a non-zero status; the result holds its output. */
public class CommandFailedException extends SshException {

    private final transient CommandResult result;

    public CommandFailedException(CommandResult result) {
        this(describe(result), result);
    }

    protected CommandFailedException(String message, CommandResult result) {
        super(message);
        this.result = result;
    }

    public CommandResult result() {
        return result;
    }

    private static String describe(CommandResult result) {
        String stderr = result.stderr().strip();
        return "Command failed with exit status " + result.exitStatus() + ": " + result.commandLine()
                + (stderr.isEmpty() ? "" : " — " + firstLines(stderr));
    }

    static String firstLines(String text) {
        String[] lines = text.split("\n", 6);
        String shown = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 5)));
        return shown.length() > 1000 ? shown.substring(0, 1000) + "…" : shown;
    }
}
