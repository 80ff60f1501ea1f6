package io.postwarden.access;

import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;
import io.postwarden.syntax.FreeText;
import io.postwarden.syntax.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccessEntryService {

    private final AccessEntryRepository entries;
    private final HostService hosts;
    private final Clock clock;

    AccessEntryService(AccessEntryRepository entries, HostService hosts, Clock clock) {
        this.entries = entries;
        this.hosts = hosts;
        this.clock = clock;
    }

    /** The access map lines of {@code host} on {@code today}: not expired, global or narrowed to it, by key. */
    @Transactional(readOnly = true)
    public List<AccessRule> activeFor(Host host, LocalDate today) {
        return entries.findActiveFor(host, today).stream().map(AccessEntry::rule).toList();
    }

    /** Today in the console's clock, for deciding what has expired. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Page<AccessEntry> list(Pageable pageable) {
        return entries.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<AccessEntry> all() {
        return entries.findAllByOrderByMapKeyAsc();
    }

    @Transactional(readOnly = true)
    public AccessEntry get(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("Access entry", id));
    }

    public AccessEntry create(AccessEntryInput input) {
        AccessEntryDetails details = details(input);
        if (entries.existsByMapKey(details.key().value())) {
            throw ConflictException.taken("key", details.key().value());
        }
        return entries.save(new AccessEntry(details));
    }

    public AccessEntry update(long id, AccessEntryInput input) {
        AccessEntry entry = get(id);
        Versions.requireCurrent("Access entry " + entry.getKey(), input.version(), entry.getVersion());
        AccessEntryDetails details = details(input);
        entries.findByMapKey(details.key().value()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("key", details.key().value());
        });
        entry.apply(details);
        return entry;
    }

    public void delete(long id, Long version) {
        AccessEntry entry = get(id);
        Versions.requireCurrentIfGiven("Access entry " + entry.getKey(), version, entry.getVersion());
        entries.delete(entry);
    }

    /** Parses every field and reports every problem at once, each under its JSON name. */
    private AccessEntryDetails details(AccessEntryInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        AccessKey key = null;
        try {
            key = AccessKey.parse(input.key());
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("key", e.getMessage()));
        }
        AccessAction action = null;
        try {
            action = AccessAction.parse(input.action());
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("action", e.getMessage()));
        }
        String description = "";
        try {
            description = FreeText.parse(input.description(), 500);
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("description", e.getMessage()));
        }
        Set<Host> mailHosts = mailHosts(input.hostIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AccessEntryDetails(key, action, description, input.expiresOn(), mailHosts);
    }

    private Set<Host> mailHosts(Set<Long> ids, List<FieldProblem> problems) {
        Set<Host> found = new LinkedHashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            if (id == null) {
                problems.add(new FieldProblem("hostIds", "must not contain null"));
                continue;
            }
            try {
                Host host = hosts.get(id);
                if (host.hasRole(HostRole.MAIL)) {
                    found.add(host);
                } else {
                    problems.add(new FieldProblem("hostIds", "names host " + host.getName() + ", which does not have the MAIL role"));
                }
            } catch (NotFoundException e) {
                problems.add(new FieldProblem("hostIds", "names no host with id " + id));
            }
        }
        return found;
    }
}
