package nl.openbaar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.account.StaffingCase;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditQuery;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The back office's request pages: the list, registering a request, one request with its timeline and team. */
@Controller
class RequestPages {

    private final FindingRequests finding;
    private final RegisteringRequest registering;
    private final RecordingEvent recording;
    private final CaseTeams teams;
    private final Accounts accounts;
    private final Permissions perm;
    private final StaffingCase staffing;
    private final Auditing auditing;
    private final CasePanels panels;
    private final Clock clock;
    private final nl.openbaar.letter.DraftingLetter drafting;
    private final Format fmt;

    RequestPages(FindingRequests finding, RegisteringRequest registering, RecordingEvent recording, CaseTeams teams,
            Accounts accounts, Permissions perm, StaffingCase staffing, Auditing auditing, CasePanels panels, Clock clock,
            nl.openbaar.letter.DraftingLetter drafting, Format fmt) {
        this.drafting = drafting;
        this.fmt = fmt;
        this.finding = finding;
        this.registering = registering;
        this.recording = recording;
        this.teams = teams;
        this.accounts = accounts;
        this.perm = perm;
        this.staffing = staffing;
        this.auditing = auditing;
        this.panels = panels;
        this.clock = clock;
    }

    @GetMapping("/beheer/verzoeken")
    String list(@RequestParam(required = false) String filter, Authentication user, Model model) {
        List<VerzoekView> all = finding.byUrgency();
        List<String> mine = teams.casesOf(user.getName());
        List<VerzoekView> shown = switch (filter == null ? "" : filter) {
            case "open" -> all.stream().filter(v -> v.deadlines().status().open()).toList();
            case "mijn" -> all.stream().filter(v -> mine.contains(v.verzoek().kenmerk())).toList();
            case "afgerond" -> all.stream().filter(v -> !v.deadlines().status().open()).toList();
            default -> all;
        };
        model.addAttribute("requests", shown);
        model.addAttribute("filter", filter == null ? "" : filter);
        return "backoffice/requests";
    }

    @GetMapping("/beheer/verzoeken/nieuw")
    String newForm(Authentication user, Model model) {
        perm.require(user, Role.CASE_HANDLER, Role.LAWYER);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("received", LocalDate.now(clock).toString(), "channel", "email"));
        }
        model.addAttribute("channels", Channel.values());
        return "backoffice/request-new";
    }

    @PostMapping("/beheer/verzoeken")
    String register(HttpServletRequest http, jakarta.servlet.http.HttpServletResponse response, Authentication user, Model model) {
        perm.require(user, Role.CASE_HANDLER, Role.LAWYER);
        Map<String, String> form = formValues(http, "kenmerk", "regime", "name", "address", "email", "phone", "letterDate",
                "received", "channel", "subject", "items", "requestedFrom", "requestedTo", "organisation");
        try {
            NewRequest in = new NewRequest(form.get("kenmerk"), form.get("regime"),
                    new Verzoeker(form.get("name"), form.get("address"), form.get("email"), form.get("phone")),
                    date(form, "letterDate"), date(form, "received"), form.get("channel"), form.get("subject"),
                    Arrays.asList(form.getOrDefault("items", "").split("\\R")),
                    Periode.of(date(form, "requestedFrom"), date(form, "requestedTo")), null, null, form.get("organisation"));
            VerzoekView v = registering.register(in, perm.actor(user));
            return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(v.verzoek().kenmerk(), "UTF-8");
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("error", forForm(e));
            model.addAttribute("channels", Channel.values());
            return "backoffice/request-new";
        }
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}")
    String show(@PathVariable String kenmerk, @RequestParam(required = false) Long familie, @RequestParam(required = false) Long draad,
            @RequestParam(required = false) String duplicaten, @RequestParam(required = false) String stand, Authentication user,
            Model model) {
        VerzoekView v = finding.get(kenmerk);
        model.addAttribute("v", v);
        model.addAttribute("forms", EventForms.ALL);
        model.addAttribute("team", teams.members(kenmerk).stream().map(u -> accounts.find(u).map(a -> a.displayName()).orElse(u)).toList());
        model.addAttribute("teamUsernames", teams.members(kenmerk));
        model.addAttribute("canWork", perm.canWorkOn(user, kenmerk));
        model.addAttribute("seesCaseData", perm.canSeeCaseData(user, kenmerk));
        model.addAttribute("canTake", perm.canTake(user, kenmerk));
        model.addAttribute("colleagues", accounts.all().stream()
                .filter(a -> a.enabled() && (a.has(Role.CASE_HANDLER) || a.has(Role.LAWYER)))
                .filter(a -> !teams.isMember(kenmerk, a.username())).toList());
        model.addAttribute("history", auditing.find(new AuditQuery(null, kenmerk, null, null, null, 50)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("letters", LetterPages.offers(v, fmt));
        model.addAttribute("sentLetters", drafting.sent(kenmerk));
        panels.addTo(model, v, user, new CasePanels.DocumentFilter(familie, draad, duplicaten, stand));
        model.addAttribute("scripts", List.of("/js/progress.js"));
        return "backoffice/request";
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/gebeurtenissen")
    String recordEvent(@PathVariable String kenmerk, HttpServletRequest http, Authentication user, RedirectAttributes flash) {
        finding.get(kenmerk);
        Map<String, String> form = formValues(http, "type", "date", "note", "letter");
        Map<String, String> details = formValues(http, EventForms.DETAIL_KEYS.toArray(String[]::new));
        try {
            NewEvent event = new NewEvent(form.get("type"), date(form, "date"), form.get("note"), form.get("letter"), details);
            VerzoekView after = recording.record(kenmerk, event, perm.actor(user));
            nl.openbaar.letter.model.DraftKey letter = LetterPages.letterFor(after, form.get("type"));
            if (letter != null) {
                // A step that has a letter: offer it at once, pre-filled from the case, as a draft to check and send.
                flash.addFlashAttribute("message", "event.recorded.letter");
                return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "/brieven/" + letter.code();
            }
            flash.addFlashAttribute("message", "event.recorded");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("eventError", eventError(e));
            flash.addFlashAttribute("eventType", form.get("type"));
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#tijdlijn";
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/team")
    String team(@PathVariable String kenmerk, @RequestParam String action, @RequestParam(required = false) String username,
            Authentication user, RedirectAttributes flash) {
        finding.get(kenmerk);
        try {
            switch (action) {
                case "take" -> staffing.take(kenmerk, perm.actor(user));
                case "add" -> staffing.add(kenmerk, username, perm.actor(user));
                case "remove" -> staffing.remove(kenmerk, username, perm.actor(user));
                default -> throw new InvalidInputException("action", "onbekende handeling " + action);
            }
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("teamError", e.describe());
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#team";
    }

    /**
     * A step refused by the timeline ("already extended") is about the case, not about a field the user typed in:
     * say it as a sentence. A refused field keeps its name in front.
     */
    static String eventError(InvalidInputException e) {
        if (!"type".equals(e.field())) {
            return e.describe();
        }
        String m = e.getMessage().strip();
        String sentence = m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /**
     * The use cases name fields as the CLI's options do ("requested-from"); the forms' fields are named in camel case
     * ("requestedFrom"), so that the error is shown beside the field it is about.
     */
    static InvalidInputException forForm(InvalidInputException e) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : e.field().toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String field = b.toString();
        return field.equals(e.field()) ? e : new InvalidInputException(field, e.getMessage());
    }

    /** The named form fields, trimmed; blank ones left out. */
    static Map<String, String> formValues(HttpServletRequest http, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String n : names) {
            String v = http.getParameter(n);
            if (v != null && !v.isBlank()) {
                values.put(n, v.strip());
            }
        }
        return values;
    }

    static LocalDate date(Map<String, String> form, String field) {
        String v = form.get(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + v + "' is geen datum (jjjj-mm-dd)");
        }
    }
}
