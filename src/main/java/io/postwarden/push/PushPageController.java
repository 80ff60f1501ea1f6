package io.postwarden.push;

import io.postwarden.host.HostService;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.web.PageMessages;
import java.security.Principal;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PushPageController {

    private final PushService pushes;
    private final PlanService plans;
    private final HostService hosts;
    private final PageMessages messages;

    PushPageController(PushService pushes, PlanService plans, HostService hosts, PageMessages messages) {
        this.pushes = pushes;
        this.plans = plans;
        this.hosts = hosts;
        this.messages = messages;
    }

    @GetMapping("/pushes")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pushes", pushes.list(PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("hosts", hosts.all());
        return "pushes/list";
    }

    @GetMapping("/pushes/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("push", pushes.view(id, true));
        return "pushes/detail";
    }

    /** What the page polls while a push runs. */
    @GetMapping("/pushes/{id}/progress")
    @ResponseBody
    PushView progress(@PathVariable long id) {
        return pushes.view(id, true);
    }

    @PostMapping("/pushes/{id}/restore")
    String restore(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            PushView started = pushes.restore(id, principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.text("pushes.restoreStarted", started.id(), id));
            return "redirect:/pushes/" + started.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/pushes/" + id;
        }
    }

    @GetMapping("/plans")
    String plan(@RequestParam(required = false) List<Long> hostIds, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("plan", plans.plan(hostIds));
            model.addAttribute("hostIds", hostIds == null ? List.of() : hostIds);
            return "pushes/plan";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/pushes";
        }
    }

    @PostMapping("/pushes")
    String start(@RequestParam(required = false) List<Long> hostIds, @RequestParam(required = false) String planDigest,
                 Principal principal, RedirectAttributes redirect) {
        try {
            if (planDigest != null && !planDigest.isBlank()) {
                PlanService.FleetPlan current = plans.plan(hostIds);
                if (!current.digest().equals(planDigest)) {
                    redirect.addFlashAttribute("flashError", messages.text("pushes.stalePlan"));
                    redirect.addAttribute("hostIds", hostIds);
                    return "redirect:/plans";
                }
            }
            PushView started = pushes.start(hostIds, principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.text("pushes.started", started.id()));
            return "redirect:/pushes/" + started.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/pushes";
        }
    }
}
