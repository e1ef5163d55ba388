package nl.openbaar.deadline;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.deadline.model.Penalty;

/** The JSON form of a deadline report. Scripts depend on "deadline" and "explanation": keep those names. */
public final class DeadlineJson {

    private DeadlineJson() {
    }

    public static Map<String, Object> of(DeadlineReport r) {
        return of(r, true);
    }

    /**
     * @param withStatus false for the stand-alone calculator, where "today" and days left mean nothing
     */
    public static Map<String, Object> of(DeadlineReport r, boolean withStatus) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regime", r.regime().code());
        m.put("received", r.received().toString());
        m.put("deadline", r.deadline().toString());
        m.put("explanation", r.explanation());
        m.put("legalDeadline", r.legalDeadline().toString());
        m.put("firstTermEnd", r.firstTermEnd().toString());
        m.put("extensionLastDay", r.extensionLastDay().toString());
        m.put("extended", r.extended());
        if (r.agreedDeadline() != null) {
            m.put("agreedDeadline", r.agreedDeadline().toString());
        }
        m.put("suspendedDays", r.suspendedDays());
        if (withStatus) {
            m.put("provisional", r.provisional());
            m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            if (r.daysLeft() != null) {
                m.put("daysLeft", r.daysLeft());
            }
        }
        if (r.appealPossibleFrom() != null) {
            m.put("appealPossibleFrom", r.appealPossibleFrom().toString());
        }
        Penalty p = r.penalty();
        if (p != null) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("basis", p.basis());
            pm.put("firstDay", p.firstDay().toString());
            pm.put("days", p.days());
            pm.put("accrued", p.accrued());
            pm.put("maximum", p.maximum());
            m.put("penalty", pm);
        }
        if (r.objectionTermEnd() != null) {
            m.put("objectionTermEnd", r.objectionTermEnd().toString());
        }
        if (r.disclosureDate() != null) {
            m.put("disclosureDate", r.disclosureDate().toString());
        }
        m.put("steps", r.steps());
        m.put("warnings", r.warnings());
        return m;
    }
}
