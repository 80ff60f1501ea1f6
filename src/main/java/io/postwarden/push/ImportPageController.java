package io.postwarden.push;

import io.postwarden.host.HostService;
import io.postwarden.host.HostView;
import io.postwarden.web.PageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ImportPageController {

    private final ImportService imports;
    private final HostService hosts;
    private final PageMessages messages;

    ImportPageController(ImportService imports, HostService hosts, PageMessages messages) {
        this.imports = imports;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping("/hosts/{id}/import")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("host", HostView.of(hosts.get(id)));
        try {
            model.addAttribute("proposal", imports.preview(id));
        } catch (RuntimeException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "hosts/import";
    }

    @PostMapping("/hosts/{id}/import")
    String apply(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ImportProposal done = imports.apply(id);
            redirect.addFlashAttribute("flashSuccess", messages.text("imports.done", done.newItems(), done.hostName()));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/hosts/" + id;
    }
}
