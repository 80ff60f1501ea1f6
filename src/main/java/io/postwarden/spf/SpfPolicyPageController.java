package io.postwarden.spf;

import io.postwarden.shared.ConflictException;
import io.postwarden.spf.lint.Finding;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/spf-policies")
class SpfPolicyPageController {

    private static final String FORM = "spf/form";

    private final SpfPolicyService service;
    private final PageMessages messages;

    SpfPolicyPageController(SpfPolicyService service, PageMessages messages) {
        this.service = service;
        this.messages = messages;
    }

    @InitBinder("form")
    void bindOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("domain", "name", "record", "version");
    }

    @ModelAttribute("domainNames")
    List<String> domainNames() {
        return service.domainNames();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("policies", service.all().stream().map(p -> SpfPolicyView.of(p, List.of())).toList());
        return "spf/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SpfPolicyInput form = SpfPolicyInput.blank();
        model.addAttribute("form", form);
        return form(form, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SpfPolicyInput form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(form, model);
        }
        try {
            SpfPolicy created = service.create(form);
            redirect.addFlashAttribute("flashSuccess", messages.text("spf.created", created.ownerName()));
            return "redirect:/spf-policies";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return form(form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        SpfPolicy policy = service.get(id);
        SpfPolicyInput form = SpfPolicyInput.of(policy);
        model.addAttribute("form", form);
        model.addAttribute("policyId", id);
        return form(form, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") SpfPolicyInput form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("policyId", id);
        if (result.hasErrors()) {
            return form(form, model);
        }
        try {
            SpfPolicy updated = service.update(id, form);
            redirect.addFlashAttribute("flashSuccess", messages.text("spf.updated", updated.ownerName()));
            return "redirect:/spf-policies";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return form(form, model);
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        SpfPolicy policy = service.get(id);
        model.addAttribute("what", messages.text("spf.deleteWhat", policy.ownerName()));
        model.addAttribute("version", policy.getVersion());
        model.addAttribute("action", "/spf-policies/" + id + "/delete");
        model.addAttribute("cancel", "/spf-policies");
        model.addAttribute("note", messages.text("spf.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", messages.text("spf.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/spf-policies";
    }

    /** The live check of the form: called by spf-lint.js as the record is typed, with the form's CSRF token. */
    @PostMapping("/lint")
    @ResponseBody
    SpfLintApiController.SpfLintResult lint(@RequestBody SpfPolicyInput draft) {
        return SpfLintApiController.SpfLintResult.of(service.lintDraft(draft.domain(), draft.name(), draft.record()), draft.record());
    }

    /** The form with the findings of its record, so a submitted page shows them without script. */
    private String form(SpfPolicyInput form, Model model) {
        List<Finding> findings = form.record() == null || form.record().isBlank() ? List.of()
                : service.lintDraft(form.domain(), form.name(), form.record()).findings();
        model.addAttribute("findings", findings);
        return FORM;
    }
}
