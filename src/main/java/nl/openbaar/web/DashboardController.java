package nl.openbaar.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.ReadingCaseStatus;
import nl.openbaar.publication.Reporting;
import nl.openbaar.publication.model.CaseStatus;
import nl.openbaar.request.model.Stage;
import nl.openbaar.publication.model.MonthFigures;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.work.TrackingProgress;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's first page: what is urgent, what to do next, how the organisation is doing. */
@Controller
class DashboardController {

    private final FindingRequests requests;
    private final Reporting reporting;
    private final BackOfficePublications publications;
    private final CaseTeams teams;
    private final NextSteps nextSteps;
    private final TrackingProgress progress;
    private final ReadingCaseStatus caseStatus;
    private final java.time.Clock clock;

    DashboardController(FindingRequests requests, Reporting reporting, BackOfficePublications publications, CaseTeams teams,
            NextSteps nextSteps, TrackingProgress progress, ReadingCaseStatus caseStatus, java.time.Clock clock) {
        this.progress = progress;
        this.caseStatus = caseStatus;
        this.clock = clock;
        this.requests = requests;
        this.reporting = reporting;
        this.publications = publications;
        this.teams = teams;
        this.nextSteps = nextSteps;
    }

    /** An open request with what to do next. */
    public record Row(VerzoekView v, NextSteps.Step next, boolean mine, CaseStatus status) {
    }

    @GetMapping("/beheer")
    String dashboard(Authentication user, Model model) {
        List<String> mine = teams.casesOf(user.getName());
        List<Row> open = new ArrayList<>();
        List<Row> recent = new ArrayList<>();
        java.time.LocalDate monthAgo = java.time.LocalDate.now(clock).minusDays(31);
        for (VerzoekView v : requests.byUrgency()) {
            // A decided case stays here until it is sent and published: those steps are work too.
            CaseStatus status = caseStatus.of(v);
            boolean unfinished = status.stage() == Stage.DECIDED || status.stage() == Stage.SENT;
            if (v.deadlines().status().open() || unfinished) {
                open.add(new Row(v, nextSteps.of(v), mine.contains(v.verzoek().kenmerk()), status));
            } else if (status.published() != null && status.published().isAfter(monthAgo) && recent.size() < 10) {
                recent.add(new Row(v, nextSteps.of(v), mine.contains(v.verzoek().kenmerk()), status));
            }
        }
        model.addAttribute("open", open);
        model.addAttribute("recent", recent);
        model.addAttribute("awaiting", publications.withStatus(PublicationStatus.AWAITING_APPROVAL, PublicationStatus.APPROVED));

        YearMonth now = reporting.thisMonth();
        List<MonthFigures> months = reporting.months(now.minusMonths(11), now);
        Map<YearMonth, int[]> perMonth = new LinkedHashMap<>();
        for (MonthFigures m : months) {
            int[] c = perMonth.computeIfAbsent(m.month(), k -> new int[2]);
            c[0] += m.onTime();
            c[1] += m.late();
        }
        List<Charts.Bar> decided = new ArrayList<>();
        perMonth.forEach((m, c) -> decided.add(new Charts.Bar(m, c[0], c[1])));
        model.addAttribute("decidedChart", Charts.stacked(decided));
        Map<DeadlineStatus, Integer> byStatus = reporting.openByStatus();
        model.addAttribute("statusChart", Charts.horizontal(byStatus));
        model.addAttribute("penalties", reporting.penaltiesAccruing());
        model.addAttribute("work", progress.running());
        return "backoffice/dashboard";
    }
}
