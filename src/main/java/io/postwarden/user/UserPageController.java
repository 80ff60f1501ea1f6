package io.postwarden.user;

import io.postwarden.security.Role;
import io.postwarden.shared.ConflictException;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/users")
class UserPageController {

    private static final String NEW_FORM = "users/new";
    private static final String EDIT_FORM = "users/edit";

    private final UserService service;
    private final PageMessages messages;

    UserPageController(UserService service, PageMessages messages) {
        this.service = service;
        this.messages = messages;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", service.list(PageRequest.of(0, 500, Sort.by("username"))).map(UserView::of).getContent());
        return "users/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserInput.blank());
        return NEW_FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserInput form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return NEW_FORM;
        }
        try {
            var created = service.create(form);
            redirect.addFlashAttribute("flashSuccess", messages.text("users.created", created.getUsername()));
            return "redirect:/users";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return NEW_FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UserView user = UserView.of(service.get(id));
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        return EDIT_FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("user", UserView.of(service.get(id)));
        if (result.hasErrors()) {
            return EDIT_FORM;
        }
        try {
            var updated = service.update(id, form.toUpdate());
            redirect.addFlashAttribute("flashSuccess", messages.text("users.updated", updated.getUsername()));
            return "redirect:/users";
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return EDIT_FORM;
        }
    }

    @GetMapping("/{id}/disable")
    String confirmDisable(@PathVariable long id, Model model) {
        model.addAttribute("user", UserView.of(service.get(id)));
        return "users/disable";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.disable(id);
            redirect.addFlashAttribute("flashSuccess", messages.text("users.disabled"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/users";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        UserView user = UserView.of(service.get(id));
        model.addAttribute("what", user.username());
        model.addAttribute("version", user.version());
        model.addAttribute("action", "/users/" + id + "/delete");
        model.addAttribute("cancel", "/users");
        model.addAttribute("note", messages.text("users.deleteNote"));
        return "fragments/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.delete(id);
            redirect.addFlashAttribute("flashSuccess", messages.text("users.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/users";
    }
}
