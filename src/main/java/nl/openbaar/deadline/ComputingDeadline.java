package nl.openbaar.deadline;

import static nl.openbaar.shared.DutchDates.short_;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.openbaar.deadline.model.AgreedDeadline;
import nl.openbaar.deadline.model.CourtOrder;
import nl.openbaar.deadline.model.DeadlineFacts;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.deadline.model.Penalty;
import nl.openbaar.deadline.model.Suspension;
import nl.openbaar.law.AlgemeneTermijnenwet;
import nl.openbaar.law.DeadlineRules;
import nl.openbaar.law.DwangsomRules;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.shared.InvalidInputException;

/**
 * Computes a request's deadlines from its facts, as the law counts them (docs/legal/rule-base.md §2):
 * <ol>
 *   <li>day 0 is the day of receipt; "four weeks" ends on day 0 + 28, the same weekday;</li>
 *   <li>suspended days (third-party views, Awb 4:15) are added to that end;</li>
 *   <li>an extension sent before the first term expired adds its weeks to the unshifted end;</li>
 *   <li>only then does the Algemene termijnenwet move an end on a weekend or holiday to the next working day.</li>
 * </ol>
 * Extending from the unshifted first end is the conservative reading: it never gives a later date than the
 * alternative (extending from the Atw-shifted end), so a body that follows it is never late by either reading.
 * Pure: no clock, no storage; the same facts always give the same report.
 */
public final class ComputingDeadline {

    private static final LocalDate WOO_IN_FORCE = Regime.WOO_IN_FORCE;

    private final RuleBase ruleBase;
    private final AlgemeneTermijnenwet atw;

    public ComputingDeadline(RuleBase ruleBase, AlgemeneTermijnenwet atw) {
        this.ruleBase = ruleBase;
        this.atw = atw;
    }

    /** With the rule base's own calendar, without local additions: what the CLI calculator uses. */
    public static ComputingDeadline standard() {
        RuleBase rules = RuleBase.standard();
        return new ComputingDeadline(rules, rules.calendar());
    }

    public AlgemeneTermijnenwet calendar() {
        return atw;
    }

    public DeadlineReport compute(DeadlineFacts facts) {
        DeadlineRules rules = ruleBase.deadlines(facts.regime());
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        steps.add("ontvangen " + short_(facts.received()));
        LocalDate end = facts.received().plusWeeks(rules.decideWeeks());
        steps.add(rules.decideWeeks() + " weken → " + short_(end));

        Suspended suspended = suspendedDays(facts);
        if (suspended.days > 0) {
            end = end.plusDays(suspended.days);
            steps.add(suspended.description + " → " + short_(end));
        }
        boolean provisional = suspended.running;
        if (provisional) {
            warnings.add("de opschorting loopt nog: de termijn is voorlopig berekend met de verwachte einddatum");
        }

        LocalDate firstTermEnd = end;
        AlgemeneTermijnenwet.Shift firstShift = atw.shift(firstTermEnd);
        LocalDate extensionLastDay = firstShift.to();

        boolean extended = facts.extensionNotice() != null;
        if (extended) {
            checkExtension(facts, firstTermEnd, extensionLastDay, warnings);
            end = end.plusWeeks(rules.extensionWeeks());
            steps.add("verdaagd met " + rules.extensionWeeks() + " weken → " + short_(end));
        }

        AlgemeneTermijnenwet.Shift shift = atw.shift(end);
        warnings.addAll(shift.warnings());
        if (shift.moved()) {
            steps.add("Algemene termijnenwet: " + String.join(", ", shift.reasons()) + " → " + short_(shift.to()));
        }
        LocalDate legalDeadline = shift.to();

        LocalDate deadline = legalDeadline;
        LocalDate agreedDate = null;
        AgreedDeadline agreed = facts.agreed();
        if (agreed != null) {
            agreedDate = agreed.date();
            if (!agreed.agreedOn().isAfter(legalDeadline) && agreed.date().isAfter(legalDeadline)) {
                deadline = agreed.date();
                steps.add("op " + short_(agreed.agreedOn()) + " met de verzoeker afgesproken (Awb 4:15 lid 2 a) → "
                        + short_(deadline));
            } else if (agreed.agreedOn().isAfter(legalDeadline)) {
                steps.add("afgesproken termijn " + short_(agreed.date()) + " (na afloop van de wettelijke termijn; die blijft "
                        + short_(legalDeadline) + ")");
            }
        }

        DeadlineStatus status;
        Long daysLeft = null;
        if (facts.decided() != null) {
            status = facts.decided().isAfter(deadline) ? DeadlineStatus.DECIDED_LATE : DeadlineStatus.DECIDED_ON_TIME;
            steps.add("besloten " + short_(facts.decided()) + " (" + status.label() + ")");
        } else {
            daysLeft = ChronoUnit.DAYS.between(facts.today(), deadline);
            status = daysLeft < 0 ? DeadlineStatus.OVERDUE : provisional ? DeadlineStatus.SUSPENDED : DeadlineStatus.RUNNING;
        }

        LocalDate appealFrom = null;
        if (facts.defaultNotice() != null) {
            if (!facts.defaultNotice().isAfter(deadline)) {
                warnings.add("ingebrekestelling van " + short_(facts.defaultNotice()) + " is ontvangen vóór het verstrijken"
                        + " van de termijn (" + short_(deadline) + ")");
            }
            // Awb 6:12 lid 2: appeal once two weeks have passed after the day of the notice.
            appealFrom = later(facts.defaultNotice(), deadline).plusDays(15);
            steps.add("ingebrekestelling ontvangen " + short_(facts.defaultNotice()) + " → beroep niet tijdig beslissen"
                    + " mogelijk vanaf " + short_(appealFrom) + " (Awb 6:12)");
        }

        Penalty penalty = penalty(facts, rules, deadline, steps);

        LocalDate objectionEnd = null;
        LocalDate disclosure = null;
        if (facts.sent() != null) {
            LocalDate raw = facts.sent().plusWeeks(rules.objectionWeeks());
            AlgemeneTermijnenwet.Shift s = atw.shift(raw);
            objectionEnd = s.to();
            steps.add("besluit bekendgemaakt " + short_(facts.sent()) + "; bezwaartermijn " + rules.objectionWeeks()
                    + " weken → " + short_(raw) + (s.moved() ? " → " + short_(objectionEnd) : "") + " (Awb 6:7)");
            if (facts.thirdPartiesExpectedToObject()) {
                disclosure = facts.sent().plusWeeks(rules.thirdPartyWaitWeeks());
                steps.add("openbaarmaking niet vóór " + short_(disclosure) + " (bezwaar van een derde verwacht, "
                        + (facts.regime() == Regime.WOO ? "Woo 4.4 lid 5" : "Wob 6 lid 5") + ")");
            }
        }

        if (facts.regime() == Regime.WOB) {
            LocalDate decisionDay = facts.decided() != null ? facts.decided() : facts.today();
            if (!decisionDay.isBefore(WOO_IN_FORCE)) {
                warnings.add("op een besluit vanaf 01-05-2022 is de Woo van toepassing (ABRvS 20 april 2022,"
                        + " ECLI:NL:RVS:2022:1223): gebruik de Woo-gronden; de termijn volgt hier de Wob");
            }
        } else if (facts.received().isBefore(WOO_IN_FORCE)) {
            warnings.add("verzoek ontvangen vóór 01-05-2022 maar als Woo-verzoek behandeld: controleer welke termijn"
                    + " geldt (overgangsrecht, per zaak in te stellen)");
        }

        return new DeadlineReport(facts.regime(), facts.received(), firstTermEnd, extensionLastDay, extended,
                legalDeadline, agreedDate, deadline, suspended.days, provisional, status, daysLeft, appealFrom, penalty,
                objectionEnd, disclosure, steps, warnings);
    }

    private void checkExtension(DeadlineFacts facts, LocalDate firstTermEnd, LocalDate lastDay, List<String> warnings) {
        LocalDate notice = facts.extensionNotice();
        if (notice.isBefore(facts.received())) {
            throw new InvalidInputException("verdaging", "de verdaging van " + short_(notice)
                    + " ligt vóór de ontvangst van het verzoek (" + short_(facts.received()) + ")");
        }
        if (notice.isAfter(lastDay)) {
            throw new InvalidInputException("verdaging", "de verdaging van " + short_(notice)
                    + " is na afloop van de eerste termijn (" + short_(lastDay) + ") en kan de termijn niet meer verlengen");
        }
        if (notice.isAfter(firstTermEnd)) {
            warnings.add("de verdaging is verzonden na " + short_(firstTermEnd) + " en alleen tijdig doordat de"
                    + " Algemene termijnenwet de eerste termijn tot " + short_(lastDay) + " verlengt");
        }
    }

    /** Union of the suspended days, so that overlapping suspensions are counted once. */
    private Suspended suspendedDays(DeadlineFacts facts) {
        if (facts.suspensions().isEmpty()) {
            return new Suspended(0, false, "");
        }
        LocalDate origin = facts.received();
        BitSet days = new BitSet();
        boolean running = false;
        List<String> parts = new ArrayList<>();
        for (Suspension s : facts.suspensions()) {
            LocalDate from = s.noticeDate().plusDays(1);
            LocalDate to = s.endInclusive();
            if (to == null) {
                running = true;
                to = later(s.noticeDate().plusDays(s.expectedDays()), facts.today());
            }
            if (to.isBefore(from)) {
                continue;
            }
            days.set((int) ChronoUnit.DAYS.between(origin, from), (int) ChronoUnit.DAYS.between(origin, to) + 1);
            parts.add(s.basis() + " van " + short_(from) + " t/m " + short_(to) + (s.running() ? " (loopt nog)" : ""));
        }
        int count = days.cardinality();
        String description = "opgeschort " + String.join(", ", parts) + ": " + count + (count == 1 ? " dag" : " dagen");
        return new Suspended(count, running, description);
    }

    private record Suspended(int days, boolean running, String description) {
    }

    private Penalty penalty(DeadlineFacts facts, DeadlineRules rules, LocalDate deadline, List<String> steps) {
        // The day of the decision still counts as a day late; today counts while undecided.
        LocalDate stop = (facts.decided() != null ? facts.decided() : facts.today()).plusDays(1);
        CourtOrder order = facts.courtOrder();
        if (order != null) {
            LocalDate first = order.decideBy().plusDays(1);
            long days = Math.max(0, ChronoUnit.DAYS.between(first, stop));
            BigDecimal accrued = order.perDay().multiply(BigDecimal.valueOf(days)).min(order.maximum());
            steps.add("rechter: beslissen uiterlijk " + short_(order.decideBy()) + ", dwangsom € " + order.perDay().toPlainString()
                    + " per dag, ten hoogste € " + order.maximum().toPlainString() + "; verbeurd: € " + accrued.toPlainString());
            return new Penalty("uitspraak van " + short_(order.orderDate()), first, days, accrued, order.maximum());
        }
        LocalDate notice = facts.defaultNotice();
        if (notice == null || rules.dwangsomAppliesBefore() == null || !notice.isBefore(rules.dwangsomAppliesBefore())
                || !notice.isAfter(deadline)) {
            if (notice != null) {
                steps.add("geen dwangsom van rechtswege: " + (facts.regime() == Regime.WOO
                        ? "Woo art. 8.2" : "Wob art. 15") + " sluit paragraaf 4.1.3.2 Awb uit");
            }
            return null;
        }
        // Awb 4:17: the Wob before 1 October 2016. The older amounts applied then.
        DwangsomRules dw = ruleBase.dwangsom();
        List<Integer> amounts = dw.oldPerDay().isEmpty() ? dw.perDay() : dw.oldPerDay();
        LocalDate first = later(notice, deadline).plusDays(15);
        long days = Math.min(dw.maxDays(), Math.max(0, ChronoUnit.DAYS.between(first, stop)));
        BigDecimal accrued = BigDecimal.ZERO;
        BigDecimal maximum = BigDecimal.ZERO;
        for (int day = 1; day <= dw.maxDays(); day++) {
            BigDecimal amount = BigDecimal.valueOf(amounts.get(Math.min((day - 1) / 14, amounts.size() - 1)));
            maximum = maximum.add(amount);
            if (day <= days) {
                accrued = accrued.add(amount);
            }
        }
        steps.add("dwangsom Awb 4:17 vanaf " + short_(first) + ": " + days + " dagen, € " + accrued.toPlainString());
        return new Penalty("Awb 4:17", first, days, accrued, maximum);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
