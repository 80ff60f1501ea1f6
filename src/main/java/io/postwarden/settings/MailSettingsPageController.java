package io.postwarden.settings;

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
@RequestMapping("/mail-settings")
class MailSettingsPageController {

    private static final String FORM = "settings/form";

    private final MailSettingsService service;
    private final PageMessages messages;

    MailSettingsPageController(MailSettingsService service, PageMessages messages) {
        this.service = service;
        this.messages = messages;
    }

    @ModelAttribute("enforcementModes")
    SpfEnforcement[] enforcementModes() {
        return SpfEnforcement.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("profiles", service.all().stream().map(MailSettingsView::of).toList());
        return "settings/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", MailSettingsInput.blank());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MailSettingsInput form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            MailSettings created = service.create(form);
            redirect.addFlashAttribute("flashSuccess", text("settings.created", created.getName()));
            return "redirect:/mail-settings";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        MailSettings profile = service.get(id);
        model.addAttribute("form", MailSettingsInput.from(profile.values(), profile.isDefaultProfile(), profile.getVersion()));
        model.addAttribute("profileId", id);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MailSettingsInput form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("profileId", id);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            MailSettings updated = service.update(id, form);
            redirect.addFlashAttribute("flashSuccess", text("settings.updated", updated.getName()));
            return "redirect:/mail-settings";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return FORM;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        MailSettings profile = service.get(id);
        model.addAttribute("what", profile.getName());
        model.addAttribute("version", profile.getVersion());
        model.addAttribute("action", "/mail-settings/" + id + "/delete");
        model.addAttribute("cancel", "/mail-settings");
        model.addAttribute("note", text("settings.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", text("settings.deleted"));
        } catch (io.postwarden.shared.ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/mail-settings";
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
