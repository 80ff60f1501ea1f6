package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The lab started by {@code scripts/lab.sh up}: real OpenSSH, Postfix and NSD in a
 * network namespace, described by the env file the script writes.
 */
final class Lab {

    record Run(int exitCode, String output) {
    }

    private final Map<String, String> env;

    private Lab(Map<String, String> env) {
        this.env = env;
    }

    static Lab load() {
        Path file = Path.of(System.getenv().getOrDefault("POSTWARDEN_LAB_DIR", "/var/lib/postwarden-lab"), "lab.env");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: run scripts/lab.sh up before the end-to-end suite");
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Lab(values);
    }

    String get(String key) {
        String value = env.get(key);
        if (value == null) {
            throw new IllegalStateException("lab.env has no " + key);
        }
        return value;
    }

    String hostAddress() {
        return get("LAB_HOST_ADDRESS");
    }

    int sshPort() {
        return Integer.parseInt(get("LAB_SSH_PORT"));
    }

    String privateKey(String key) {
        try {
            return Files.readString(Path.of(get(key)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts every Postfix instance and zone back as the lab started. */
    void reset() {
        Run run = exec(List.of(script(), "reset"));
        assertThat(run.exitCode()).as("lab.sh reset: %s", run.output()).isZero();
    }

    static String script() {
        Path here = Path.of("scripts", "lab.sh").toAbsolutePath();
        return here.toString();
    }

    Run inNamespace(String... argv) {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", get("LAB_NETNS")));
        command.addAll(List.of(argv));
        return exec(command);
    }

    /** An SMTP conversation up to RCPT from the console's side of the lab (not trusted by the host). */
    Run swaksFromOutside(String... args) {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", hostAddress(), "--quit-after", "RCPT",
                "--helo", "client.example.net", "--timeout", "20"));
        command.addAll(List.of(args));
        return exec(command);
    }

    /** The same from the host's own loopback, which is in its trusted networks. */
    Run swaksFromInside(String... args) {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", "127.0.0.1", "--quit-after", "RCPT",
                "--helo", "client.example.net", "--timeout", "20"));
        command.addAll(List.of(args));
        return inNamespace(command.toArray(String[]::new));
    }

    String dig(String type, String name) {
        return exec(List.of("dig", "@" + hostAddress(), "-p", get("LAB_DNS_PORT"), "+short", "+time=3", "+tries=1", type, name))
                .output().strip();
    }

    long serial(String zone) {
        String soa = dig("SOA", zone);
        return Long.parseLong(soa.split("\\s+")[2]);
    }

    String postconf(String configDirectory, String parameter) {
        return exec(List.of("postconf", "-c", configDirectory, "-h", parameter)).output().strip();
    }

    String sha256(String path) {
        Run run = exec(List.of("sha256sum", path));
        return run.exitCode() == 0 ? run.output().split("\\s+")[0] : "absent";
    }

    static Run exec(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(argv + " did not finish");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
