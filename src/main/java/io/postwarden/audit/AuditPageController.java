package io.postwarden.audit;

import io.postwarden.shared.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditLog log;

    AuditPageController(AuditLog log) {
        this.log = log;
    }

    /** The filter form as typed, so the page shows it back. */
    record FilterForm(String actor, String kind, String from, String to) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("filter", new FilterForm(actor, kind, from, to));
        try {
            Page<AuditEventView> events = log.search(AuditFilter.parse(actor, kind, from, to), pageable);
            model.addAttribute("events", events);
        } catch (InvalidInputException e) {
            model.addAttribute("events", Page.empty(pageable));
            model.addAttribute("filterError", e.getMessage());
        }
        return "audit/list";
    }
}
