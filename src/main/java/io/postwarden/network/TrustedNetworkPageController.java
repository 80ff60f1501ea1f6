package io.postwarden.network;

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
@RequestMapping("/trusted-networks")
class TrustedNetworkPageController {

    private static final String FORM = "networks/form";

    private final TrustedNetworkService service;
    private final HostService hosts;
    private final PageMessages messages;

    TrustedNetworkPageController(TrustedNetworkService service, HostService hosts, PageMessages messages) {
        this.service = service;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = service.today();
        model.addAttribute("networks", service.all().stream().map(n -> TrustedNetworkView.of(n, today)).toList());
        model.addAttribute("hostNames", hosts.all().stream().collect(Collectors.toMap(Host::getId, Host::getName)));
        return "networks/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", TrustedNetworkInput.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") TrustedNetworkInput form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TrustedNetwork created = service.create(form);
                redirect.addFlashAttribute("flashSuccess", messages.text("networks.created", created.getCidr()));
                return "redirect:/trusted-networks";
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
        model.addAttribute("form", TrustedNetworkInput.of(service.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") TrustedNetworkInput form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TrustedNetwork updated = service.update(id, form);
                redirect.addFlashAttribute("flashSuccess", messages.text("networks.updated", updated.getCidr()));
                return "redirect:/trusted-networks";
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
        TrustedNetwork network = service.get(id);
        model.addAttribute("what", network.getCidr());
        model.addAttribute("version", network.getVersion());
        model.addAttribute("action", "/trusted-networks/" + id + "/delete");
        model.addAttribute("cancel", "/trusted-networks");
        model.addAttribute("note", messages.text("networks.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", messages.text("networks.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/trusted-networks";
    }

    private String form(Model model, Long id) {
        model.addAttribute("networkId", id);
        model.addAttribute("mailHosts", hosts.mailHosts());
        return FORM;
    }
}
