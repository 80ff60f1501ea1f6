package io.postwarden.push;

import io.postwarden.host.HostView;
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

    HostProbeApiController(HostProbeService probes) {
        this.probes = probes;
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
