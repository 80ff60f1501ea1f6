package io.postwarden.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;

/** {@link RemoteFiles} over a session's commands (under sudo when asked) and its SFTP channel. */
final class SessionFiles implements RemoteFiles {

    static final String STAGED_SUFFIX = ".postwarden-tmp";
    static final String UPLOAD_PREFIX = ".postwarden-upload-";
    private static final Pattern MODE = Pattern.compile("[0-7]{3,4}");
    private static final int CHUNK = 32 * 1024;
    private static final ExecutorService UPLOADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "postwarden-sftp-upload");
        thread.setDaemon(true);
        return thread;
    });

    private final SshdRemoteSession session;
    private final boolean sudo;
    private String uploadDirectory;

    SessionFiles(SshdRemoteSession session, boolean sudo) {
        this.session = session;
        this.sudo = sudo;
    }

    @Override
    public byte[] read(String path) {
        requireAbsolute(path);
        SshdRemoteSession.Execution execution = session.execute(privileged("cat", "--", path), new byte[0], session.settings().commandTimeout());
        requireSuccess(execution.result(), "Reading " + path);
        if (execution.result().outputTruncated()) {
            throw new RemoteFileException(path + " is larger than " + session.settings().outputCapBytes() + " bytes, the most that is read.");
        }
        return execution.stdout();
    }

    @Override
    public Optional<FileAttributes> stat(String path) {
        requireAbsolute(path);
        CommandResult result = session.run(privileged("stat", "-c", FileAttributes.STAT_FORMAT, "--", path));
        if (!result.succeeded() && !result.sudoRefused() && isMissing(result)) {
            return Optional.empty();
        }
        requireSuccess(result, "Reading the attributes of " + path);
        try {
            return Optional.of(FileAttributes.parse(result.stdout()));
        } catch (IllegalArgumentException e) {
            throw new RemoteFileException("Unexpected answer from stat for " + path + ": " + result.stdout().strip());
        }
    }

    @Override
    public boolean exists(String path) {
        requireAbsolute(path);
        CommandResult result = session.run(privileged("test", "-e", path));
        if (result.exitStatus() == 0) {
            return true;
        }
        if (result.exitStatus() == 1 && !result.sudoRefused()) {
            return false;
        }
        requireSuccess(result, "Checking whether " + path + " exists");
        return false;
    }

    @Override
    public void writeAtomically(String path, byte[] content) {
        requireAbsolute(path);
        Optional<FileAttributes> existing = stat(path);
        if (existing.isPresent() && !existing.get().isRegularFile()) {
            throw new RemoteFileException(path + " is a " + existing.get().type() + ", not a regular file; it was left alone.");
        }
        List<String> install = new ArrayList<>(List.of("install", "-m", existing.map(FileAttributes::mode).orElse("0644")));
        if (existing.isPresent()) {
            FileAttributes attributes = existing.get();
            install.addAll(List.of("-o", nameOrId(attributes.owner(), attributes.uid()), "-g", nameOrId(attributes.group(), attributes.gid())));
        } else if (sudo) {
            install.addAll(List.of("-o", "root", "-g", "root"));
        }
        String upload = uploadDirectory() + "/" + UPLOAD_PREFIX + UUID.randomUUID();
        String staged = path + STAGED_SUFFIX;
        install.addAll(List.of("--", upload, staged));
        try {
            upload(upload, content);
            requireSuccess(session.run(privilegedArgv(install)), "Installing the new content of " + path);
            requireSuccess(session.run(privileged("mv", "-f", "--", staged, path)), "Renaming the new content over " + path);
        } catch (RuntimeException e) {
            removeQuietly(privileged("rm", "-f", "--", staged));
            throw e;
        } finally {
            removeQuietly(RemoteCommand.of("rm", "-f", "--", upload));
        }
    }

    @Override
    public void copy(String from, String to) {
        requireAbsolute(from);
        requireAbsolute(to);
        requireSuccess(session.run(privileged("cp", "-p", "--", from, to)), "Copying " + from + " to " + to);
    }

    @Override
    public void delete(String path) {
        requireAbsolute(path);
        requireSuccess(session.run(privileged("rm", "-f", "--", path)), "Deleting " + path);
    }

    @Override
    public void makeDirectories(String path, String mode) {
        requireAbsolute(path);
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new IllegalArgumentException("a directory mode must be octal, like 755 or 0750");
        }
        requireSuccess(session.run(privileged("mkdir", "-p", "-m", mode, "--", path)), "Creating the directory " + path);
    }

    @Override
    public List<String> list(String dir) {
        requireAbsolute(dir);
        CommandResult result = session.run(privileged("find", dir, "-mindepth", "1", "-maxdepth", "1", "-printf", "%f\\0"));
        requireSuccess(result, "Listing " + dir);
        if (result.outputTruncated()) {
            throw new RemoteFileException(dir + " has more entries than fit in " + session.settings().outputCapBytes() + " bytes.");
        }
        return Arrays.stream(result.stdout().split("\0")).filter(name -> !name.isEmpty()).sorted().toList();
    }

    /** SFTP upload under the command time limit: SSHD's SFTP client would otherwise wait up to the session's idle timeout. */
    private void upload(String remotePath, byte[] content) {
        CompletableFuture<Void> transfer = CompletableFuture.runAsync(() -> transfer(session.sftp(), remotePath, content), UPLOADS);
        Duration limit = session.settings().commandTimeout();
        try {
            transfer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.abandonSftp();
            transfer.cancel(true);
            throw new CommandTimeoutException("The upload to " + remotePath + " on " + session.target().hostAndPort()
                    + " did not finish within " + SshConnector.seconds(limit) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.abandonSftp();
            throw new RemoteFileException("The upload to " + remotePath + " was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SshException ssh) {
                throw ssh;
            }
            throw new RemoteFileException("Uploading to " + remotePath + " failed: " + e.getCause(), e.getCause());
        }
    }

    private void transfer(SftpClient sftp, String remotePath, byte[] content) {
        try (CloseableHandle handle = sftp.open(remotePath, OpenMode.Write, OpenMode.Create, OpenMode.Exclusive)) {
            sftp.setStat(handle, new SftpClient.Attributes().perms(0600));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                sftp.write(handle, offset, content, offset, Math.min(CHUNK, content.length - offset));
            }
        } catch (IOException | RuntimeException e) {
            SshException failure = session.lostOr("the upload to " + remotePath, e);
            if (failure instanceof SessionLostException) {
                throw failure;
            }
            throw new RemoteFileException("Uploading to " + remotePath + " on " + session.target().hostAndPort() + " failed: " + e.getMessage(), e);
        }
    }

    /** The login user's home, where uploads wait before install; {@code /tmp} if the home is unknown. */
    private String uploadDirectory() {
        if (uploadDirectory == null) {
            CommandResult home = session.run(RemoteCommand.of("sh", "-c", "printf %s \"$HOME\""));
            String value = home.stdout().strip();
            uploadDirectory = home.succeeded() && value.startsWith("/") && !value.contains("\n") && !value.equals("/")
                    ? value : "/tmp";
        }
        return uploadDirectory;
    }

    private void removeQuietly(RemoteCommand command) {
        try {
            if (session.isOpen()) {
                session.run(command);
            }
        } catch (SshException e) {
            // cleanup is best effort; the original failure is what matters
        }
    }

    private RemoteCommand privileged(String... argv) {
        return privilegedArgv(List.of(argv));
    }

    private RemoteCommand privilegedArgv(List<String> argv) {
        RemoteCommand command = RemoteCommand.of(argv);
        return sudo ? command.underSudo() : command;
    }

    private void requireSuccess(CommandResult result, String what) {
        if (result.succeeded()) {
            return;
        }
        if (result.sudoRefused()) {
            throw new SudoDeniedException(result);
        }
        String stderr = result.stderr().strip();
        throw new RemoteFileException(what + " on " + session.target().hostAndPort() + " failed (exit status " + result.exitStatus() + ")"
                + (stderr.isEmpty() ? "" : ": " + CommandFailedException.firstLines(stderr)));
    }

    private static boolean isMissing(CommandResult result) {
        return result.stderr().contains("No such file or directory") || result.stderr().contains("Not a directory");
    }

    private static String nameOrId(String name, int id) {
        return name.isEmpty() || name.equals("UNKNOWN") ? Integer.toString(id) : name;
    }

    private static void requireAbsolute(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\n")) {
            throw new IllegalArgumentException("a remote path must be absolute and on one line");
        }
    }
}
