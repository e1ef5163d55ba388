package nl.openbaar.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.publication.Reporting;
import nl.openbaar.publication.model.MonthFigures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The yearly-report figures per month and regime, as a chart with a table, and as CSV. */
@Controller
class ReportPages {

    private final Reporting reporting;

    ReportPages(Reporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/beheer/rapportage")
    String report(@RequestParam(required = false) Integer jaar, Model model) {
        int year = jaar == null ? reporting.thisMonth().getYear() : jaar;
        List<MonthFigures> months = reporting.months(YearMonth.of(year, 1), YearMonth.of(year, 12));
        model.addAttribute("year", year);
        model.addAttribute("months", months);
        model.addAttribute("totals", reporting.totals(months));
        Map<YearMonth, int[]> perMonth = new LinkedHashMap<>();
        for (MonthFigures m : months) {
            int[] c = perMonth.computeIfAbsent(m.month(), k -> new int[2]);
            c[0] += m.onTime();
            c[1] += m.late();
        }
        List<Charts.Bar> bars = new ArrayList<>();
        perMonth.forEach((m, c) -> bars.add(new Charts.Bar(m, c[0], c[1])));
        model.addAttribute("chart", Charts.stacked(bars));
        return "backoffice/report";
    }

    @GetMapping("/beheer/rapportage.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer jaar) {
        int year = jaar == null ? reporting.thisMonth().getYear() : jaar;
        String csv = Reporting.csv(reporting.months(YearMonth.of(year, 1), YearMonth.of(year, 12)));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("woo-rapportage-" + year + ".csv").build()
                        .toString())
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }
}
