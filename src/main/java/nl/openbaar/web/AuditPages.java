package nl.openbaar.web;

import java.time.LocalDate;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: who changed what, when, with the state before and after. */
@Controller
class AuditPages {

    private final Auditing auditing;
    private final Permissions perm;

    AuditPages(Auditing auditing, Permissions perm) {
        this.auditing = auditing;
        this.perm = perm;
    }

    @GetMapping("/beheer/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String kenmerk,
            @RequestParam(required = false) String action, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, Authentication user, Model model) {
        perm.require(user, Role.ADMIN);
        AuditQuery q = new AuditQuery(actor, kenmerk, action, nl.openbaar.shared.Bounds.date("van", date(van)), nl.openbaar.shared.Bounds.date("tot", date(tot)), 500);
        model.addAttribute("entries", auditing.find(q));
        model.addAttribute("q", q);
        model.addAttribute("van", van == null ? "" : van);
        model.addAttribute("tot", tot == null ? "" : tot);
        return "backoffice/audit";
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
