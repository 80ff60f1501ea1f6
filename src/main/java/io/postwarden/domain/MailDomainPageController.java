package io.postwarden.domain;

import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConflictException;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
@RequestMapping("/domains")
class MailDomainPageController {

    private static final String FORM = "domains/form";

    private final MailDomainService service;
    private final HostService hosts;
    private final PageMessages messages;

    MailDomainPageController(MailDomainService service, HostService hosts, PageMessages messages) {
        this.service = service;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("domains", service.all().stream().map(MailDomainView::of).toList());
        model.addAttribute("hostNames", hosts.all().stream().collect(Collectors.toMap(Host::getId, Host::getName)));
        return "domains/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", MailDomainInput.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MailDomainInput form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                MailDomain created = service.create(form);
                redirect.addFlashAttribute("flashSuccess", messages.text("domains.created", created.getName()));
                return "redirect:/domains";
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
                // Someone else saved in the same instant: the service's own checks could not see it.
                result.reject("concurrent", messages.text("common.concurrentChange"));
            } catch (RuntimeException e) {
                FormFailures.record(e, result);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MailDomainInput.of(service.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MailDomainInput form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                MailDomain updated = service.update(id, form);
                redirect.addFlashAttribute("flashSuccess", messages.text("domains.updated", updated.getName()));
                return "redirect:/domains";
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
                // Someone else saved in the same instant: the service's own checks could not see it.
                result.reject("concurrent", messages.text("common.concurrentChange"));
            } catch (RuntimeException e) {
                FormFailures.record(e, result);
            }
        }
        return form(model, id);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        MailDomain domain = service.get(id);
        model.addAttribute("what", domain.getName());
        model.addAttribute("version", domain.getVersion());
        model.addAttribute("action", "/domains/" + id + "/delete");
        model.addAttribute("cancel", "/domains");
        model.addAttribute("note", messages.text("domains.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", messages.text("domains.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/domains";
    }

    private String form(Model model, Long id) {
        model.addAttribute("domainId", id);
        model.addAttribute("mailHosts", hosts.mailHosts());
        model.addAttribute("dnsHosts", hosts.dnsHosts());
        return FORM;
    }
}
