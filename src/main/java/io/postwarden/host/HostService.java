package io.postwarden.host;

import io.postwarden.security.SecretBox;
import io.postwarden.settings.MailSettings;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import io.postwarden.syntax.Characters;
import io.postwarden.syntax.HostAddress;
import io.postwarden.ssh.GeneratedKey;
import io.postwarden.ssh.SshKeys;
import io.postwarden.syntax.InvalidValueException;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class HostService {

    private final HostRepository hosts;
    private final MailSettingsService mailSettings;
    private final SecretBox secrets;
    private final PrivateKeyCheck keyCheck;

    HostService(HostRepository hosts, MailSettingsService mailSettings, SecretBox secrets, PrivateKeyCheck keyCheck) {
        this.hosts = hosts;
        this.mailSettings = mailSettings;
        this.secrets = secrets;
        this.keyCheck = keyCheck;
    }

    @Transactional(readOnly = true)
    public Page<Host> list(Pageable pageable) {
        return hosts.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<Host> all() {
        return hosts.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Host> mailHosts() {
        return hosts.findByMailRoleTrueOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Host> dnsHosts() {
        return hosts.findByDnsRoleTrueOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Host get(long id) {
        return hosts.findById(id).orElseThrow(() -> new NotFoundException("Host", id));
    }

    public Host create(HostInput input) {
        HostDetails details = details(input);
        if (hosts.existsByName(details.name())) {
            throw ConflictException.taken("name", details.name());
        }
        Host host = new Host(details);
        applySecrets(host, input);
        return hosts.save(host);
    }

    public Host update(long id, HostInput input) {
        Host host = get(id);
        Versions.requireCurrent("Host " + host.getName(), input.version(), host.getVersion());
        HostDetails details = details(input);
        hosts.findByName(details.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("name", details.name());
        });
        host.apply(details);
        applySecrets(host, input);
        return host;
    }

    public void delete(long id, Long version) {
        Host host = get(id);
        Versions.requireCurrentIfGiven("Host " + host.getName(), version, host.getVersion());
        try {
            hosts.delete(host);
            hosts.flush();
        } catch (DataIntegrityViolationException inUse) {
            throw new ConflictException("host " + host.getName() + " is still used by a domain, a trusted network or an "
                    + "access entry: remove it from those first", List.of());
        }
    }

    /**
     * Generates an ed25519 key pair for the host and keeps the private half sealed; the
     * public line is returned once for the operator to install in authorized_keys.
     */
    public GeneratedKey generateKey(long id) {
        Host host = get(id);
        GeneratedKey key = SshKeys.generateEd25519("postwarden@" + host.getName());
        host.replacePrivateKey(secrets.seal(key.privateKeyOpenSsh()));
        return key;
    }

    /** Pins the host key an administrator has compared with the host's own fingerprint. */
    public Host pinHostKey(long id, String fingerprint) {
        Host host = get(id);
        host.pinHostKey(fingerprint);
        return host;
    }

    private HostDetails details(HostInput input) {
        MailSettings profile = input.mailSettingsId() == null ? null : findProfile(input.mailSettingsId());
        String postfixDirectory = input.postfixDirectoryOrDefault();
        return new HostDetails(input.name().strip().toLowerCase(java.util.Locale.ROOT), HostAddress.parse(input.address().strip()).value(),
                input.port() == null ? 22 : input.port(), input.username(), Boolean.TRUE.equals(input.sudo()), input.roles(),
                postfixDirectory, input.accessMapPathOrDefault(),
                HostInput.blank(input.accessMapType()) ? "hash" : input.accessMapType(),
                HostInput.blank(input.nsdConfigFile()) ? HostInput.DEFAULT_NSD_CONFIG : input.nsdConfigFile(),
                input.dnsPort() == null ? 53 : input.dnsPort(),
                HostInput.blank(input.policydSpfConfigFile()) ? HostInput.DEFAULT_POLICYD_SPF_CONFIG : input.policydSpfConfigFile(),
                profile, input.description() == null ? "" : input.description().strip());
    }

    private MailSettings findProfile(long id) {
        try {
            return mailSettings.get(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("mailSettingsId", "names no mail settings profile");
        }
    }

    private void applySecrets(Host host, HostInput input) {
        if (!HostInput.blank(input.privateKey())) {
            String key = input.privateKey().strip() + "\n";
            try {
                keyCheck.requireUsable(key);
            } catch (InvalidValueException e) {
                throw new InvalidInputException("privateKey", e.getMessage());
            }
            host.replacePrivateKey(secrets.seal(key));
        }
        if (Boolean.TRUE.equals(input.removePassword())) {
            host.replacePassword(null);
        } else if (input.password() != null && !input.password().isEmpty()) {
            try {
                Characters.requireVisible(input.password());
            } catch (InvalidValueException e) {
                throw new InvalidInputException("password", e.getMessage());
            }
            host.replacePassword(secrets.seal(input.password()));
        }
    }
}
