package io.postwarden.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every setting of Postwarden, under {@code postwarden.*}. */
@ConfigurationProperties("postwarden")
public class PostwardenProperties {

    /** Load the seed scenario as demo data when the database is empty at start. */
    private boolean demoData = true;

    /**
     * Password of the first administrator ({@code admin}), used only when no user exists.
     * Set it with the environment variable POSTWARDEN_ADMIN_PASSWORD; when unset, one is
     * generated and printed once.
     */
    private String adminPassword;

    /**
     * Key that seals SSH private keys and passwords in the database: 32 bytes in
     * base64. Set it with the environment variable POSTWARDEN_SECRET_KEY in production.
     */
    private String secretKey;

    /** File holding the sealing key when {@code secret-key} is not set; created on first start. */
    private Path secretKeyFile = Path.of("data", "secret.key");

    private final Ssh ssh = new Ssh();

    private final Push push = new Push();

    private final Drift drift = new Drift();

    private final Api api = new Api();

    public boolean isDemoData() {
        return demoData;
    }

    public void setDemoData(boolean demoData) {
        this.demoData = demoData;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public Path getSecretKeyFile() {
        return secretKeyFile;
    }

    public void setSecretKeyFile(Path secretKeyFile) {
        this.secretKeyFile = secretKeyFile;
    }

    public Ssh getSsh() {
        return ssh;
    }

    public Push getPush() {
        return push;
    }

    public Drift getDrift() {
        return drift;
    }

    public Api getApi() {
        return api;
    }

    public static class Ssh {

        /** Longest wait for the TCP connection and key exchange. */
        private Duration connectTimeout = Duration.ofSeconds(10);

        /** Longest wait for authentication. */
        private Duration authTimeout = Duration.ofSeconds(10);

        /** Longest wait for one remote command. */
        private Duration commandTimeout = Duration.ofSeconds(120);

        /** Bytes kept of each command's stdout and of its stderr; the rest is dropped and marked. */
        private int maxOutputBytes = 256 * 1024;

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getAuthTimeout() {
            return authTimeout;
        }

        public void setAuthTimeout(Duration authTimeout) {
            this.authTimeout = authTimeout;
        }

        public Duration getCommandTimeout() {
            return commandTimeout;
        }

        public void setCommandTimeout(Duration commandTimeout) {
            this.commandTimeout = commandTimeout;
        }

        public int getMaxOutputBytes() {
            return maxOutputBytes;
        }

        public void setMaxOutputBytes(int maxOutputBytes) {
            this.maxOutputBytes = maxOutputBytes;
        }
    }

    public static class Push {

        /** Hosts pushed at the same time by one push. */
        private int parallelism = 8;

        /** Pushes whose backups are kept on each host; older backups are deleted. */
        private int backupsKept = 10;

        /** A host lock older than this is taken to belong to a console that died. */
        private Duration lockTimeout = Duration.ofMinutes(15);

        /** Folder on each host under which a push keeps its backups, one sub-folder per host and push. */
        private String backupDirectory = "/var/backups/postwarden";

        /** SMTP port the relay probe connects to after a push, on the host's address. */
        private int relayProbePort = 25;

        /** A recipient in a domain no host serves: a host that accepts it relays for anyone. */
        private String relayProbeRecipient = "relay-probe@example.net";

        public String getBackupDirectory() {
            return backupDirectory;
        }

        public void setBackupDirectory(String backupDirectory) {
            this.backupDirectory = backupDirectory;
        }

        public int getRelayProbePort() {
            return relayProbePort;
        }

        public void setRelayProbePort(int relayProbePort) {
            this.relayProbePort = relayProbePort;
        }

        public String getRelayProbeRecipient() {
            return relayProbeRecipient;
        }

        public void setRelayProbeRecipient(String relayProbeRecipient) {
            this.relayProbeRecipient = relayProbeRecipient;
        }

        public int getParallelism() {
            return parallelism;
        }

        public void setParallelism(int parallelism) {
            this.parallelism = parallelism;
        }

        public int getBackupsKept() {
            return backupsKept;
        }

        public void setBackupsKept(int backupsKept) {
            this.backupsKept = backupsKept;
        }

        public Duration getLockTimeout() {
            return lockTimeout;
        }

        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }
    }

    public static class Drift {

        /** Check every host for drift on a schedule. */
        private boolean scheduleEnabled = true;

        /** Time between two scheduled drift checks. */
        private Duration interval = Duration.ofMinutes(30);

        public boolean isScheduleEnabled() {
            return scheduleEnabled;
        }

        public void setScheduleEnabled(boolean scheduleEnabled) {
            this.scheduleEnabled = scheduleEnabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    public static class Api {

        /** Accept HTTP Basic on {@code /api/**}; turn off to accept only bearer tokens. */
        private boolean basicAuthEnabled = true;

        public boolean isBasicAuthEnabled() {
            return basicAuthEnabled;
        }

        public void setBasicAuthEnabled(boolean basicAuthEnabled) {
            this.basicAuthEnabled = basicAuthEnabled;
        }
    }
}
