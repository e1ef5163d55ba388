package nl.openbaar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.RequesterAccess;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The requester's side: a public form to submit a request (receipt page with the reference, the legal deadline
 * and a secret status code; an e-mail receipt when mail is configured), and a status page opened with the
 * reference plus that code. The status page shows the procedure's steps and dates, never internal notes.
 */
@Controller
class RequesterController {

    static final String FORM_USER = "verzoeker (webformulier)";

    private final RegisteringRequest registering;
    private final FindingRequests finding;
    private final RequesterAccess access;
    private final Audited audited;
    private final ReceiptMail mail;
    private final BackOfficePublications publications;
    private final Clock clock;
    private final Throttles throttles;

    RequesterController(RegisteringRequest registering, FindingRequests finding, RequesterAccess access, Audited audited,
            ReceiptMail mail, BackOfficePublications publications, Clock clock, Throttles throttles) {
        this.throttles = throttles;
        this.registering = registering;
        this.finding = finding;
        this.access = access;
        this.audited = audited;
        this.mail = mail;
        this.publications = publications;
        this.clock = clock;
    }

    @GetMapping("/verzoek-indienen")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "requester/form";
    }

    @PostMapping("/verzoek-indienen")
    String submit(HttpServletRequest http, jakarta.servlet.http.HttpServletResponse response, Model model) {
        Map<String, String> form = RequestPages.formValues(http, "name", "email", "address", "phone", "subject", "items",
                "requestedFrom", "requestedTo", "website");
        if (form.containsKey("website")) {
            // A field hidden from people: only robots fill it in. Pretend success, store nothing.
            return "redirect:/verzoek-indienen";
        }
        try {
            if (!form.containsKey("email") && !form.containsKey("address")) {
                throw new InvalidInputException("email", "geef een e-mailadres of een postadres, zodat wij u kunnen antwoorden");
            }
            LocalDate today = LocalDate.now(clock);
            NewRequest in = new NewRequest(null, null, new Verzoeker(form.get("name"), form.get("address"), form.get("email"),
                    form.get("phone")), today, today, "webform", form.get("subject"),
                    Arrays.asList(form.getOrDefault("items", "").split("\\R")),
                    Periode.of(RequestPages.date(form, "requestedFrom"), RequestPages.date(form, "requestedTo")), null, null, null);
            String[] code = new String[1];
            // Registering audits itself (request.registered by "verzoeker"); the code is issued in the same transaction.
            VerzoekView v = audited.atomically(() -> {
                VerzoekView r = registering.register(in, FORM_USER);
                code[0] = access.issue(r.verzoek().kenmerk());
                return r;
            });
            boolean mailed = mail.send(v, code[0]);
            // The receipt is the answer to the POST itself: the code never goes into a URL, and no session is needed
            // to carry it over a redirect. Not cached anywhere.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("kenmerk", v.verzoek().kenmerk());
            model.addAttribute("v", v);
            model.addAttribute("scripts", List.of("/js/print.js"));
            model.addAttribute("code", code[0]);
            model.addAttribute("deadline", v.deadlines().deadline());
            model.addAttribute("mailed", mailed);
            return "requester/receipt";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("error", RequestPages.forForm(e));
            return "requester/form";
        }
    }

    @GetMapping("/verzoek-indienen/ontvangen")
    String receipt(Model model) {
        if (!model.containsAttribute("kenmerk")) {
            return "redirect:/verzoek-indienen";
        }
        return "requester/receipt";
    }

    /** The form only: the code is never taken from a URL (it would end up in history, logs and Referer headers). */
    @GetMapping("/status")
    String statusForm(@RequestParam(required = false) String kenmerk, Model model) {
        model.addAttribute("kenmerk", kenmerk == null || kenmerk.length() > nl.openbaar.request.model.Limits.KENMERK_LENGTH ? null : kenmerk);
        return "requester/status-form";
    }

    /** The code by POST only, and so many failed tries per address per window (then 429 until the oldest ages out). */
    @PostMapping("/status")
    String status(@RequestParam String kenmerk, @RequestParam String code, HttpServletRequest http,
            jakarta.servlet.http.HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var wait = throttles.status.wait(http.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.get().getSeconds()));
            model.addAttribute("waitMinutes", Throttles.minutes(wait.get()));
            model.addAttribute("kenmerk", kenmerk);
            return "requester/status-form";
        }
        if (kenmerk.length() > nl.openbaar.request.model.Limits.KENMERK_LENGTH || code.length() > 100 || !access.opens(kenmerk, code)) {
            throttles.status.failed(http.getRemoteAddr());
            model.addAttribute("failed", true);
            model.addAttribute("kenmerk", kenmerk);
            return "requester/status-form";
        }
        VerzoekView v = finding.get(kenmerk.strip());
        List<Event> steps = v.procedure().stream().filter(e -> e.type() != EventType.CONTACT).toList();
        model.addAttribute("v", v);
        model.addAttribute("steps", steps);
        model.addAttribute("published", publications.forRequest(v.verzoek().kenmerk()).stream()
                .filter(p -> p.status() == PublicationStatus.PUBLISHED).findFirst().orElse(null));
        return "requester/status";
    }
}
