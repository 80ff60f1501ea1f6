package io.postwarden.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One thing apply does on a host: run a program with arguments, or replace a file
 * atomically. Arguments are kept as a list and quoted only by the SSH layer.
 */
public sealed interface RemoteStep {

    /** Why the step is there, for the plan and the push log. */
    String purpose();

    /** The step as an operator would type it. */
    String display();

    record Command(List<String> argv, String purpose) implements RemoteStep {

        public Command {
            argv = List.copyOf(argv);
        }

        public static Command of(String purpose, String... argv) {
            return new Command(List.of(argv), purpose);
        }

        @Override
        public String display() {
            return String.join(" ", argv.stream().map(Command::displayArgument).toList());
        }

        private static String displayArgument(String argument) {
            boolean plain = !argument.isEmpty() && argument.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-=:,@+%".indexOf(c) >= 0);
            return plain ? argument : "'" + argument.replace("'", "'\\''") + "'";
        }
    }

    /** Replaces {@code path} with {@code content}, keeping the file's owner and mode when it exists. */
    record Upload(String path, byte[] content, String purpose) implements RemoteStep {

        public Upload {
            content = content.clone();
        }

        public static Upload of(String purpose, String path, String text) {
            return new Upload(path, text.getBytes(StandardCharsets.UTF_8), purpose);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public String display() {
            long lines = new String(content, StandardCharsets.UTF_8).lines().count();
            return "upload " + path + " (" + content.length + " bytes, " + lines + " lines, written to a temporary name then renamed)";
        }
    }
}
