package io.postwarden.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A program and its arguments, kept apart until {@link #render()} quotes each one. */
public record RemoteCommand(List<String> argv) {

    private static final List<String> SUDO = List.of("sudo", "-n", "--");

    public RemoteCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program name");
        }
        for (String argument : argv) {
            if (argument.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a command argument cannot contain a NUL character");
            }
        }
    }

    public static RemoteCommand of(String... argv) {
        return new RemoteCommand(List.of(argv));
    }

    public static RemoteCommand of(List<String> argv) {
        return new RemoteCommand(argv);
    }

    /** The same command run through {@code sudo -n --}, which fails rather than asking for a password. */
    public RemoteCommand underSudo() {
        List<String> prefixed = new ArrayList<>(SUDO);
        prefixed.addAll(argv);
        return new RemoteCommand(prefixed);
    }

    /** The command line sent to the remote shell: every argument quoted, joined by spaces. */
    public String render() {
        return argv.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return render();
    }
}
