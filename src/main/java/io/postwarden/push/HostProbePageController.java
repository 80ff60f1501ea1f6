package io.postwarden.push;

import io.postwarden.host.HostService;
import io.postwarden.host.HostView;
import io.postwarden.shared.ConflictException;
import io.postwarden.web.PageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class HostProbePageController {

    private final HostProbeService probes;
    private final HostRestrictionsService restrictions;
    private final HostService hosts;
    private final PageMessages messages;

    HostProbePageController(HostProbeService probes, HostRestrictionsService restrictions, HostService hosts,
                            PageMessages messages) {
        this.probes = probes;
        this.restrictions = restrictions;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping("/hosts/{id}/restrictions")
    String restrictions(@PathVariable long id, Model model) {
        model.addAttribute("host", HostView.of(hosts.get(id)));
        try {
            model.addAttribute("services", restrictions.read(id));
        } catch (RuntimeException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "hosts/restrictions";
    }

    @PostMapping("/hosts/{id}/probe")
    String probe(@PathVariable long id, Model model) {
        model.addAttribute("host", HostView.of(hosts.get(id)));
        model.addAttribute("probe", probes.probe(id));
        return "hosts/probe";
    }

    @PostMapping("/hosts/{id}/trust")
    String trust(@PathVariable long id, @RequestParam String fingerprint, RedirectAttributes redirect) {
        try {
            probes.trust(id, fingerprint);
            redirect.addFlashAttribute("flashSuccess", messages.text("hosts.keyPinned", fingerprint));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/hosts/" + id;
    }
}
