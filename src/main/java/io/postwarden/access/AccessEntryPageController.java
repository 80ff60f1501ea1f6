package io.postwarden.access;

import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.shared.ConflictException;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
@RequestMapping("/access-entries")
class AccessEntryPageController {

    private static final String FORM = "access/form";

    private final AccessEntryService service;
    private final HostService hosts;
    private final PageMessages messages;

    AccessEntryPageController(AccessEntryService service, HostService hosts, PageMessages messages) {
        this.service = service;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = service.today();
        model.addAttribute("entries", service.all().stream().map(e -> AccessEntryView.of(e, today)).toList());
        model.addAttribute("hostNames", hosts.all().stream().collect(Collectors.toMap(Host::getId, Host::getName)));
        return "access/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AccessEntryInput.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AccessEntryInput form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                AccessEntry created = service.create(form);
                redirect.addFlashAttribute("flashSuccess", messages.text("access.created", created.getKey()));
                return "redirect:/access-entries";
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
        model.addAttribute("form", AccessEntryInput.of(service.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccessEntryInput form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                AccessEntry updated = service.update(id, form);
                redirect.addFlashAttribute("flashSuccess", messages.text("access.updated", updated.getKey()));
                return "redirect:/access-entries";
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
        AccessEntry entry = service.get(id);
        model.addAttribute("what", entry.getKey());
        model.addAttribute("version", entry.getVersion());
        model.addAttribute("action", "/access-entries/" + id + "/delete");
        model.addAttribute("cancel", "/access-entries");
        model.addAttribute("note", messages.text("access.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", messages.text("access.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/access-entries";
    }

    private String form(Model model, Long id) {
        model.addAttribute("entryId", id);
        model.addAttribute("mailHosts", hosts.mailHosts());
        return FORM;
    }
}
