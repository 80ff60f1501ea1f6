package io.postwarden.network;

import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConfirmationRequiredException;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import io.postwarden.syntax.Cidr;
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
public class TrustedNetworkService {

    private final TrustedNetworkRepository networks;
    private final HostService hosts;
    private final Clock clock;

    TrustedNetworkService(TrustedNetworkRepository networks, HostService hosts, Clock clock) {
        this.networks = networks;
        this.hosts = hosts;
        this.clock = clock;
    }

    /** The networks {@code host} trusts on {@code today}: not expired, global or narrowed to it, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Cidr> activeFor(Host host, LocalDate today) {
        return networks.findActiveFor(host, today).stream().map(TrustedNetwork::cidr).toList();
    }

    /** Today in the console's clock, for deciding what has expired. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Page<TrustedNetwork> list(Pageable pageable) {
        return networks.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<TrustedNetwork> all() {
        return networks.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public TrustedNetwork get(long id) {
        return networks.findById(id).orElseThrow(() -> new NotFoundException("Trusted network", id));
    }

    public TrustedNetwork create(TrustedNetworkInput input) {
        TrustedNetworkDetails details = details(input);
        String cidr = details.cidr().toString();
        if (networks.existsByCidr(cidr)) {
            throw ConflictException.taken("cidr", cidr);
        }
        requireConfirmedIfWide(details.cidr(), input);
        return networks.save(new TrustedNetwork(details));
    }

    public TrustedNetwork update(long id, TrustedNetworkInput input) {
        TrustedNetwork network = get(id);
        Versions.requireCurrent("Trusted network " + network.getCidr(), input.version(), network.getVersion());
        TrustedNetworkDetails details = details(input);
        String cidr = details.cidr().toString();
        networks.findByCidr(cidr).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("cidr", cidr);
        });
        if (!cidr.equals(network.getCidr())) {
            // A wide network confirmed once stays confirmed while only its note, expiry or hosts change.
            requireConfirmedIfWide(details.cidr(), input);
        }
        network.apply(details);
        return network;
    }

    public void delete(long id, Long version) {
        TrustedNetwork network = get(id);
        Versions.requireCurrentIfGiven("Trusted network " + network.getCidr(), version, network.getVersion());
        networks.delete(network);
    }

    private static void requireConfirmedIfWide(Cidr cidr, TrustedNetworkInput input) {
        if (cidr.isWide() && !input.wideConfirmed()) {
            throw new ConfirmationRequiredException("cidr", "confirmWide", cidr + " is a wide network: every client in it "
                    + "may relay mail through the host, which makes the host an open relay for that range. "
                    + "Confirm (confirmWide) to trust it anyway");
        }
    }

    /** Parses every field and reports every problem at once, each under its JSON name. */
    private TrustedNetworkDetails details(TrustedNetworkInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        Cidr cidr = null;
        try {
            cidr = Cidr.parse(input.cidr());
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("cidr", e.getMessage()));
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
        return new TrustedNetworkDetails(cidr, description, input.expiresOn(), mailHosts);
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
