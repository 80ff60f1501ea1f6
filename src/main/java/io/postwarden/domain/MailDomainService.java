package io.postwarden.domain;

import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import io.postwarden.syntax.DomainName;
import io.postwarden.syntax.HostPath;
import io.postwarden.syntax.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MailDomainService {

    private final MailDomainRepository domains;
    private final HostService hosts;

    MailDomainService(MailDomainRepository domains, HostService hosts) {
        this.domains = domains;
        this.hosts = hosts;
    }

    @Transactional(readOnly = true)
    public Page<MailDomain> list(Pageable pageable) {
        return domains.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<MailDomain> all() {
        return domains.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public MailDomain get(long id) {
        return domains.findById(id).orElseThrow(() -> new NotFoundException("Domain", id));
    }

    /** The domain of that name, in any case; empty when there is none or the text is not a domain name. */
    @Transactional(readOnly = true)
    public Optional<MailDomain> findByName(String name) {
        try {
            return domains.findByName(DomainName.parse(name).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The domains a mail host serves, by name. */
    @Transactional(readOnly = true)
    public List<MailDomain> domainsServedBy(Host mailHost) {
        return domains.findServedBy(mailHost);
    }

    /** The domains whose zone a DNS host carries, by name. */
    @Transactional(readOnly = true)
    public List<MailDomain> domainsOnDnsHost(Host dnsHost) {
        return domains.findOnDnsHost(dnsHost);
    }

    public MailDomain create(MailDomainInput input) {
        MailDomainDetails details = details(input);
        if (domains.existsByName(details.name().value())) {
            throw ConflictException.taken("name", details.name().value());
        }
        return domains.save(new MailDomain(details));
    }

    public MailDomain update(long id, MailDomainInput input) {
        MailDomain domain = get(id);
        Versions.requireCurrent("Domain " + domain.getName(), input.version(), domain.getVersion());
        MailDomainDetails details = details(input);
        domains.findByName(details.name().value()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("name", details.name().value());
        });
        domain.apply(details);
        return domain;
    }

    /** Deletes the domain and, with it, its SPF policies. */
    public void delete(long id, Long version) {
        MailDomain domain = get(id);
        Versions.requireCurrentIfGiven("Domain " + domain.getName(), version, domain.getVersion());
        domains.delete(domain);
    }

    /** Parses every field and reports every problem at once, each under its JSON name. */
    private MailDomainDetails details(MailDomainInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        DomainName name = null;
        try {
            name = DomainName.parseQualified(input.name());
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("name", e.getMessage()));
        }
        HostPath zoneFile = null;
        if (input.zoneFile() != null && !input.zoneFile().isEmpty()) {
            try {
                zoneFile = HostPath.parse(input.zoneFile());
            } catch (InvalidValueException e) {
                problems.add(new FieldProblem("zoneFile", e.getMessage()));
            }
        }
        Set<Host> mailHosts = hostsWithRole(input.mailHostIds(), HostRole.MAIL, "mailHostIds", problems);
        Set<Host> dnsHosts = hostsWithRole(input.dnsHostIds(), HostRole.DNS, "dnsHostIds", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MailDomainDetails(name, mailHosts, dnsHosts, zoneFile);
    }

    private Set<Host> hostsWithRole(Set<Long> ids, HostRole role, String field, List<FieldProblem> problems) {
        Set<Host> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        for (Long id : ids) {
            if (id == null) {
                problems.add(new FieldProblem(field, "must not contain null"));
                continue;
            }
            try {
                Host host = hosts.get(id);
                if (host.hasRole(role)) {
                    found.add(host);
                } else {
                    problems.add(new FieldProblem(field, "names host " + host.getName() + ", which does not have the " + role + " role"));
                }
            } catch (NotFoundException e) {
                problems.add(new FieldProblem(field, "names no host with id " + id));
            }
        }
        return found;
    }
}
