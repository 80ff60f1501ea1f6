package io.postwarden.push;

import io.postwarden.plan.RemoteStep;
import io.postwarden.ssh.CommandResult;
import io.postwarden.ssh.RemoteCommand;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the steps of a plan on one host over one SSH session, recording each command
 * with its exit status and output. Arguments stay a list down to the SSH layer, which
 * is the only place they are quoted.
 */
final class HostShell {

    /** A non-root login has no /usr/sbin in its PATH; sudo uses its own secure_path. */
    private static final Set<String> SBIN_TOOLS = Set.of("postconf", "postmap", "postfix", "nsd-control", "nsd-checkzone",
            "nsd-checkconf");

    private final RemoteSession session;
    private final boolean sudo;
    private final StepLog log;

    HostShell(RemoteSession session, boolean sudo, StepLog log) {
        this.session = session;
        this.sudo = sudo;
        this.log = log;
    }

    RemoteSession session() {
        return session;
    }

    /** Runs a command and records it; a failure is returned, not thrown. */
    CommandResult run(String phase, String purpose, List<String> argv) {
        RemoteCommand command = command(argv);
        long step = log.started(phase, purpose, display(argv));
        try {
            CommandResult result = session.run(command);
            log.finished(step, result.exitStatus(), result.stdout(), result.stderr(), result.succeeded());
            return result;
        } catch (SshException e) {
            log.finished(step, null, "", e.getMessage(), false);
            throw e;
        }
    }

    /** Runs a command that must succeed for the push to go on. */
    CommandResult require(String phase, String purpose, List<String> argv) {
        CommandResult result = run(phase, purpose, argv);
        if (!result.succeeded()) {
            throw new StepFailedException(display(argv) + " exited with status " + result.exitStatus()
                    + describe(result));
        }
        return result;
    }

    void apply(String phase, RemoteStep step) {
        if (step instanceof RemoteStep.Command command) {
            require(phase, command.purpose(), command.argv());
        } else if (step instanceof RemoteStep.Upload upload) {
            upload(phase, upload.purpose(), upload.path(), upload.content());
        }
    }

    void upload(String phase, String purpose, String path, byte[] content) {
        long step = log.started(phase, purpose, "upload " + path + " (" + content.length + " bytes, temporary name then rename)");
        try {
            session.files().writeAtomically(path, content);
            log.finished(step, 0, "", "", true);
        } catch (SshException e) {
            log.finished(step, null, "", e.getMessage(), false);
            throw e;
        }
    }

    /** The file's text, or empty when it does not exist. */
    Optional<String> readIfExists(String phase, String path) {
        CommandResult result = run(phase, "read " + path, List.of("cat", "--", path));
        if (result.succeeded()) {
            return Optional.of(result.stdout());
        }
        if (result.stderr().contains("No such file")) {
            return Optional.empty();
        }
        throw new StepFailedException("cannot read " + path + describe(result));
    }

    String read(String phase, String path) {
        return readIfExists(phase, path).orElseThrow(() -> new StepFailedException(path + " does not exist on the host"));
    }

    private RemoteCommand command(List<String> argv) {
        if (sudo) {
            return RemoteCommand.of(argv).underSudo();
        }
        List<String> absolute = new ArrayList<>(argv);
        if (SBIN_TOOLS.contains(absolute.get(0))) {
            absolute.set(0, "/usr/sbin/" + absolute.get(0));
        }
        return RemoteCommand.of(absolute);
    }

    String display(List<String> argv) {
        String shown = RemoteStep.Command.of("", argv.toArray(String[]::new)).display();
        return sudo ? "sudo -n " + shown : shown;
    }

    static String describe(CommandResult result) {
        String err = result.stderr().isBlank() ? result.stdout() : result.stderr();
        err = err.strip();
        if (err.isEmpty()) {
            return "";
        }
        return ": " + (err.length() > 600 ? err.substring(0, 600) + "…" : err);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A step that must succeed did not; the message says which and why. */
    static class StepFailedException extends RuntimeException {
        StepFailedException(String message) {
            super(message);
        }
    }
}
