package io.postwarden.user;

import io.postwarden.shared.NotFoundException;
import io.postwarden.web.FormFailures;
import io.postwarden.web.PageMessages;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page: API tokens and password. A new token is rendered in
 * the answer to the POST, not through a redirect, so the secret never enters the
 * (database-stored) session as a flash attribute.
 */
@Controller
@RequestMapping("/account")
class AccountPageController {

    private static final String PAGE = "account/index";

    private final TokenService tokens;
    private final UserService users;
    private final PageMessages messages;

    AccountPageController(TokenService tokens, UserService users, PageMessages messages) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String show(Authentication caller, Model model) {
        model.addAttribute("tokenForm", TokenInput.blank());
        model.addAttribute("passwordForm", PasswordForm.blank());
        return page(caller, model);
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenInput form, BindingResult result, Authentication caller,
                       Model model) {
        model.addAttribute("passwordForm", PasswordForm.blank());
        if (!result.hasErrors()) {
            try {
                model.addAttribute("newToken", tokens.create(caller.getName(), form));
                model.addAttribute("tokenForm", TokenInput.blank());
            } catch (RuntimeException e) {
                FormFailures.record(e, result);
            }
        }
        return page(caller, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication caller, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, caller.getName(), false);
            redirect.addFlashAttribute("flashSuccess", messages.text("account.tokenRevoked"));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Authentication caller,
                          Model model, RedirectAttributes redirect) {
        model.addAttribute("tokenForm", TokenInput.blank());
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "mismatch", messages.text("account.passwordMismatch"));
            return page(caller, model);
        }
        try {
            users.changeOwnPassword(caller.getName(), form.currentPassword(), form.newPassword());
        } catch (RuntimeException e) {
            FormFailures.record(e, result);
            return page(caller, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.text("account.passwordChanged"));
        return "redirect:/account";
    }

    private String page(Authentication caller, Model model) {
        model.addAttribute("tokens", tokens.list(caller.getName()));
        return PAGE;
    }
}
