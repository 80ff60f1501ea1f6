package io.postwarden.push;

import io.postwarden.host.HostView;
import io.postwarden.postfix.EffectiveRestrictions;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Hosts")
class HostProbeApiController {

    record TrustRequest(String fingerprint) {
    }

    private final HostProbeService probes;
    private final HostRestrictionsService restrictions;

    HostProbeApiController(HostProbeService probes, HostRestrictionsService restrictions) {
        this.probes = probes;
        this.restrictions = restrictions;
    }

    @GetMapping("/api/v1/hosts/{id}/restrictions")
    @Operation(summary = "Restrictions in force per smtpd service", description = "Read from the host now: for each smtpd "
            + "service of master.cf, each restriction's main.cf value, its -o override, and the value that applies")
    List<EffectiveRestrictions.Service> restrictions(@PathVariable long id) {
        return restrictions.read(id);
    }

    @PostMapping("/api/v1/hosts/{id}/probe")
    @Operation(summary = "Test the connection", description = "Answers the host key fingerprint presented (SHA256:…); once it is "
            + "pinned, also the Postfix and NSD versions found and whether sudo -n works")
    HostProbeService.ProbeResult probe(@PathVariable long id) {
        return probes.probe(id);
    }

    @PostMapping("/api/v1/hosts/{id}/trust")
    @Operation(summary = "Pin the host key", description = "409 when the fingerprint is not the one the host presents now")
    HostView trust(@PathVariable long id, @RequestBody TrustRequest request) {
        return HostView.of(probes.trust(id, request.fingerprint()));
    }
}
