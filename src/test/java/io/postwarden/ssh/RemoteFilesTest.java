package io.postwarden.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.KeyPair;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RemoteFiles against real files in a temp directory, through the embedded server's real shell. */
class RemoteFilesTest {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final KeyPair clientKey = TestKeys.ed25519();
    private final SshCredentials credentials = SshCredentials.ofPrivateKey(TestKeys.openSsh(clientKey, null), null);
    @TempDir
    Path directory;
    private EmbeddedSshServer server;
    private SshConnector connector;

    @BeforeEach
    void start() {
        server = new EmbeddedSshServer(clientKey.getPublic()).start();
        connector = new SshConnector(new SshSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 64 * 1024));
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private RemoteSession open(boolean sudo) {
        return connector.open(server.target("deploy"), credentials, server.hostKeyFingerprint(), sudo);
    }

    @Test
    void replacesAFileKeepingItsModeAndOwner() throws IOException {
        Path file = directory.resolve("access");
        Files.writeString(file, "old.example OK\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        if (ROOT) {
            UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("nobody"));
            view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
        }
        String ownerBefore = Files.getOwner(file).getName();
        GroupPrincipal groupBefore = Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group();

        try (RemoteSession session = open(true)) {
            session.files().writeAtomically(file.toString(), "isp-a.milxc OK\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(Files.readString(file)).isEqualTo("isp-a.milxc OK\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(Files.getOwner(file).getName()).isEqualTo(ownerBefore);
        assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(groupBefore);
        assertNoTemporaryFilesLeft();
        assertThat(server.commandsReceived()).anyMatch(line -> line.startsWith("'sudo' '-n' '--' 'install' '-m' '640'"))
                .anyMatch(line -> line.startsWith("'sudo' '-n' '--' 'mv' '-f'"));
    }

    @Test
    void createsANewFileWithMode644() throws IOException {
        Path file = directory.resolve("new-map");

        try (RemoteSession session = open(ROOT)) {
            session.files().writeAtomically(file.toString(), "line\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(Files.readString(file)).isEqualTo("line\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        if (ROOT) {
            assertThat(Files.getOwner(file).getName()).isEqualTo("root");
        }
        assertNoTemporaryFilesLeft();
    }

    @Test
    void uploadsContentLargerThanOneSftpWriteByteForByte() throws IOException {
        Path file = directory.resolve("zone.db");
        byte[] content = new byte[200 * 1024 + 7];
        new java.util.Random(42).nextBytes(content);

        try (RemoteSession session = open(false)) {
            session.files().writeAtomically(file.toString(), content);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertNoTemporaryFilesLeft();
    }

    @Test
    void leavesTheOldFileAndNoTemporaryFilesWhenTheRenameFails() throws IOException {
        Path file = directory.resolve("main.cf");
        Files.writeString(file, "old\n");
        server.failCommandsContaining("'mv'");

        try (RemoteSession session = open(false)) {
            assertThatThrownBy(() -> session.files().writeAtomically(file.toString(), "new\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(RemoteFileException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("injected failure");
        }

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertNoTemporaryFilesLeft();
    }

    @Test
    void leavesNoUploadBehindWhenInstallFails() throws IOException {
        Path file = directory.resolve("zone");
        Files.writeString(file, "old\n");
        server.failCommandsContaining("'install'");

        try (RemoteSession session = open(false)) {
            assertThatThrownBy(() -> session.files().writeAtomically(file.toString(), "new\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(RemoteFileException.class);
        }

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertNoTemporaryFilesLeft();
    }

    @Test
    void readsStatsAndListsFiles() throws IOException {
        Path file = directory.resolve("access");
        Files.writeString(file, "héllo\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectory(directory.resolve("sub dir"));
        Files.writeString(directory.resolve("odd\nname"), "");

        try (RemoteSession session = open(false)) {
            RemoteFiles files = session.files();

            assertThat(new String(files.read(file.toString()), StandardCharsets.UTF_8)).isEqualTo("héllo\n");
            FileAttributes attributes = files.stat(file.toString()).orElseThrow();
            assertThat(attributes.mode()).isEqualTo("640");
            assertThat(attributes.size()).isEqualTo(7);
            assertThat(attributes.type()).isEqualTo("regular file");
            assertThat(attributes.isRegularFile()).isTrue();
            assertThat(attributes.owner()).isEqualTo(Files.getOwner(file).getName());
            assertThat(attributes.uid()).isEqualTo((Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS));
            assertThat(files.stat(directory.resolve("sub dir").toString()).orElseThrow().isDirectory()).isTrue();
            assertThat(files.stat(directory.resolve("missing").toString())).isEmpty();
            assertThat(files.exists(file.toString())).isTrue();
            assertThat(files.exists(directory.resolve("missing").toString())).isFalse();
            assertThat(files.list(directory.toString())).containsExactly("access", "odd\nname", "sub dir");
        }
    }

    @Test
    void refusesToReadAFileLargerThanTheCap() throws IOException {
        Path file = directory.resolve("big");
        Files.write(file, new byte[100 * 1024]);

        try (RemoteSession session = open(false)) {
            assertThatThrownBy(() -> session.files().read(file.toString()))
                    .isInstanceOf(RemoteFileException.class)
                    .hasMessageContaining("larger than");
        }
    }

    @Test
    void saysWhichFileIsMissing() {
        String missing = directory.resolve("nope").toString();

        try (RemoteSession session = open(false)) {
            assertThatThrownBy(() -> session.files().read(missing))
                    .isInstanceOf(RemoteFileException.class)
                    .hasMessageContaining(missing)
                    .hasMessageContaining("No such file");
        }
    }

    @Test
    void copiesKeepingModeDeletesAndMakesDirectories() throws IOException {
        Path file = directory.resolve("main.cf");
        Files.writeString(file, "x = y\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path backup = directory.resolve("backup/main.cf.1");

        try (RemoteSession session = open(true)) {
            RemoteFiles files = session.files();
            files.makeDirectories(directory.resolve("backup").toString(), "750");
            files.copy(file.toString(), backup.toString());
            files.delete(file.toString());
            files.delete(file.toString());
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("backup")))).isEqualTo("rwxr-x---");
        assertThat(Files.readString(backup)).isEqualTo("x = y\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(file).doesNotExist();
    }

    @Test
    void reportsSudoRefusalsAsSuchForCommandsAndFiles() {
        server.denySudo();

        try (RemoteSession session = open(true)) {
            CommandResult result = session.run(RemoteCommand.of("postfix", "reload").underSudo());
            assertThat(result.succeeded()).isFalse();
            assertThatThrownBy(result::requireSuccess).isInstanceOf(SudoDeniedException.class);
            assertThatThrownBy(() -> session.files().read(directory.toString() + "/x")).isInstanceOf(SudoDeniedException.class);
            assertThatThrownBy(() -> session.files().exists(directory.toString())).isInstanceOf(SudoDeniedException.class);
            assertThatThrownBy(() -> session.files().writeAtomically(directory.resolve("f").toString(), new byte[] {1}))
                    .isInstanceOf(SudoDeniedException.class);
        }
        assertThat(directory.resolve("f")).doesNotExist();
    }

    @Test
    void refusesRelativePaths() {
        try (RemoteSession session = open(false)) {
            assertThatThrownBy(() -> session.files().read("etc/passwd")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> session.files().makeDirectories("/tmp/x", "u+rwx")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> here = Files.list(directory); Stream<Path> home = Files.list(server.home())) {
            assertThat(Stream.concat(here, home).map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".postwarden-tmp") || name.startsWith(".postwarden-upload-"));
        }
    }
}
