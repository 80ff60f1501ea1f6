package io.postwarden.host;

import io.postwarden.ssh.GeneratedKey;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.shared.ConflictException;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/hosts")
class HostPageController {

    private static final String FORM = "hosts/form";

    private final HostService service;
    private final MailSettingsService mailSettings;
    private final PageMessages messages;

    HostPageController(HostService service, MailSettingsService mailSettings, PageMessages messages) {
        this.service = service;
        this.mailSettings = mailSettings;
        this.messages = messages;
    }

    @ModelAttribute("allRoles")
    HostRole[] allRoles() {
        return HostRole.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("hosts", service.all().stream().map(HostView::of).toList());
        return "hosts/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("host", HostView.of(service.get(id)));
        return "hosts/detail";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", HostInput.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") HostInput form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Host created = service.create(form);
                redirect.addFlashAttribute("flashSuccess", messages.text("hosts.created", created.getName()));
                return "redirect:/hosts/" + created.getId();
            } catch (RuntimeException e) {
                FormFailures.record(e, result);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Host host = service.get(id);
        model.addAttribute("form", HostInput.of(host));
        model.addAttribute("host", HostView.of(host));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") HostInput form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Host updated = service.update(id, form);
                redirect.addFlashAttribute("flashSuccess", messages.text("hosts.updated", updated.getName()));
                return "redirect:/hosts/" + id;
            } catch (RuntimeException e) {
                FormFailures.record(e, result);
            }
        }
        model.addAttribute("host", HostView.of(service.get(id)));
        return form(model, id);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Host host = service.get(id);
        model.addAttribute("what", host.getName());
        model.addAttribute("version", host.getVersion());
        model.addAttribute("action", "/hosts/" + id + "/delete");
        model.addAttribute("cancel", "/hosts/" + id);
        model.addAttribute("note", messages.text("hosts.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/key")
    String generateKey(@PathVariable long id, Model model) {
        GeneratedKey key = service.generateKey(id);
        model.addAttribute("host", HostView.of(service.get(id)));
        model.addAttribute("publicKey", key.publicKeyLine());
        model.addAttribute("fingerprint", key.fingerprint());
        return "hosts/key";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", messages.text("hosts.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/hosts";
    }

    private String form(Model model, Long id) {
        model.addAttribute("hostId", id);
        model.addAttribute("profiles", mailSettings.all());
        return FORM;
    }
}
