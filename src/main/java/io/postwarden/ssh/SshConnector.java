package io.postwarden.ssh;

import java.io.IOException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Objects;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;

/**
 * Opens SSH sessions to hosts whose key is pinned. Owns one Apache SSHD client; close it when
 * the application stops. The host key is checked against the pin during key exchange, before
 * any credential is offered; there is no way to accept an unpinned key here.
 */
public final class SshConnector implements AutoCloseable {

    private static final AttributeKey<HostKeyCheck> HOST_KEY_CHECK = new AttributeKey<>();

    private final SshSettings settings;
    private final SshClient client;

    public SshConnector(SshSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = SshClient.setUpDefaultClient();
        // Only what the caller passes is used: no ~/.ssh/config, no default identities.
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setServerKeyVerifier((session, address, key) -> {
            AttributeRepository context = session.getConnectionContext();
            HostKeyCheck check = context == null ? null : context.getAttribute(HOST_KEY_CHECK);
            return check != null && check.verify(key);
        });
        CoreModuleProperties.AUTH_TIMEOUT.set(client, settings.authTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.commandTimeout());
        client.start();
    }

    /** Opens a session for plain commands; file operations run as the login user. */
    public RemoteSession open(SshTarget target, SshCredentials credentials, String pinnedFingerprint) {
        return open(target, credentials, pinnedFingerprint, false);
    }

    /**
     * Opens a session after checking the host key against {@code pinnedFingerprint}.
     *
     * @param pinnedFingerprint {@code SHA256:…} as OpenSSH prints it; null means the host is not trusted yet
     * @param sudo whether {@link RemoteSession#files()} runs its privileged commands through {@code sudo -n}
     * @throws UnknownHostKeyException if nothing is pinned (no credential is sent)
     * @throws HostKeyMismatchException if the host presents another key (no credential is sent)
     */
    public RemoteSession open(SshTarget target, SshCredentials credentials, String pinnedFingerprint, boolean sudo) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(credentials, "credentials");
        if (pinnedFingerprint != null && !pinnedFingerprint.strip().startsWith("SHA256:")) {
            throw new IllegalArgumentException("a pinned host key fingerprint must be in OpenSSH form, SHA256:…");
        }
        HostKeyCheck check = new HostKeyCheck(pinnedFingerprint == null ? null : pinnedFingerprint.strip());
        ClientSession session = connect(target, check);
        boolean handedOver = false;
        try {
            PublicKey presented = awaitHostKey(target, session, check);
            String presentedFingerprint = SshKeys.fingerprint(presented);
            if (!check.accepted()) {
                if (check.pinned() == null) {
                    throw new UnknownHostKeyException(target.hostAndPort(), presentedFingerprint);
                }
                throw new HostKeyMismatchException(target.hostAndPort(), check.pinned(), presentedFingerprint);
            }
            authenticate(target, credentials, session);
            RemoteSession remote = new SshdRemoteSession(session, target, presentedFingerprint, settings, sudo);
            handedOver = true;
            return remote;
        } finally {
            if (!handedOver) {
                session.close(true);
            }
        }
    }

    /** Reads the host's key without authenticating, for an administrator to compare and pin. */
    public HostKeyProbe probeHostKey(SshTarget target) {
        Objects.requireNonNull(target, "target");
        HostKeyCheck check = new HostKeyCheck(null);
        ClientSession session = connect(target, check);
        try {
            PublicKey key = awaitHostKey(target, session, check);
            return new HostKeyProbe(SshKeys.fingerprint(key), SshKeys.keyType(key), SshKeys.publicKeyLine(key, null));
        } finally {
            session.close(true);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            // stopping is best effort: nothing is left to protect
        }
    }

    private ClientSession connect(SshTarget target, HostKeyCheck check) {
        AttributeRepository context = AttributeRepository.ofKeyValuePair(HOST_KEY_CHECK, check);
        try {
            ConnectFuture future = client.connect(target.username(), target.host(), target.port(), context, null);
            ClientSession session = future.verify(settings.connectTimeout()).getSession();
            session.addCloseFutureListener(closed -> check.connectionClosed());
            return session;
        } catch (IOException | RuntimeException e) {
            throw new ConnectionFailedException("Could not connect to " + target.hostAndPort() + ": " + reason(e), e);
        }
    }

    private PublicKey awaitHostKey(SshTarget target, ClientSession session, HostKeyCheck check) {
        PublicKey key = check.awaitPresentedKey(settings.connectTimeout().toMillis());
        if (key == null) {
            throw new ConnectionFailedException(target.hostAndPort() + " did not complete the SSH handshake within "
                    + seconds(settings.connectTimeout()) + (session.isOpen() ? "" : " (it closed the connection)"));
        }
        return key;
    }

    private void authenticate(SshTarget target, SshCredentials credentials, ClientSession session) {
        String offered;
        if (credentials.keyPair() != null) {
            session.addPublicKeyIdentity(credentials.keyPair());
            offered = "the " + SshKeys.keyType(credentials.keyPair().getPublic()) + " key " + SshKeys.fingerprint(credentials.keyPair().getPublic());
        } else {
            session.addPasswordIdentity(credentials.password());
            offered = "the password";
        }
        try {
            session.auth().verify(settings.authTimeout());
        } catch (IOException | RuntimeException e) {
            throw new AuthenticationFailedException(target.display() + " did not accept " + offered + ": " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
