package io.postwarden.dashboard;

import io.postwarden.drift.DriftService;
import io.postwarden.push.PushService;
import io.postwarden.web.PageMessages;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DashboardController {

    private final DashboardService dashboard;
    private final DriftService drift;
    private final PushService pushes;
    private final PageMessages messages;

    DashboardController(DashboardService dashboard, DriftService drift, PushService pushes, PageMessages messages) {
        this.dashboard = dashboard;
        this.drift = drift;
        this.pushes = pushes;
        this.messages = messages;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        DashboardService.Overview overview = dashboard.overview();
        model.addAttribute("hosts", overview.hosts());
        model.addAttribute("counts", overview.counts());
        model.addAttribute("domains", overview.domains());
        model.addAttribute("drift", drift.current().stream()
                .collect(Collectors.toMap(DriftService.DriftView::hostId, Function.identity())));
        model.addAttribute("recentPushes", pushes.list(PageRequest.of(0, 5)).getContent());
        return "dashboard/index";
    }

    @PostMapping("/drift/check")
    String checkDrift(RedirectAttributes redirect) {
        try {
            drift.check(null);
            redirect.addFlashAttribute("flashSuccess", messages.text("dashboard.driftChecked"));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/";
    }
}
