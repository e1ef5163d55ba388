package nl.openbaar.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.openbaar.shared.DutchDates;

/**
 * The Algemene termijnenwet (BWBR0002448): a statutory term that ends on a Saturday, Sunday or general
 * holiday is extended to the next day that is none of these (art. 1). Holidays per art. 3: computed for any
 * year; the days equated by royal decree come from the rule base plus the installation's own additions.
 */
public final class AlgemeneTermijnenwet {

    private static final LocalDate KONINGSDAG_SINCE = LocalDate.of(2014, 1, 1);

    private final RuleBase ruleBase;
    private final TreeMap<LocalDate, EquatedDay> equated = new TreeMap<>();

    /**
     * @param additions days equated by a decree that this release does not know yet, added by an administrator;
     *                  an addition on a date the rule base already has replaces it
     */
    public AlgemeneTermijnenwet(RuleBase ruleBase, Collection<EquatedDay> additions) {
        this.ruleBase = ruleBase;
        equated.putAll(ruleBase.equatedDays());
        for (EquatedDay day : additions) {
            equated.put(day.date(), day);
        }
    }

    /** A day on which no Atw term can end, with its name; empty for an ordinary working day. */
    public Optional<String> nonWorkingDay(LocalDate date) {
        Optional<String> holiday = holiday(date);
        if (holiday.isPresent()) {
            return holiday;
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("zaterdag");
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("zondag");
        }
        return Optional.empty();
    }

    /** The general holiday (art. 3 lid 1), Good Friday (lid 2) or equated day (lid 3) on this date, if any. */
    public Optional<String> holiday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = Easter.sunday(year);
        if (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1) {
            return Optional.of("Nieuwjaarsdag");
        }
        if (date.equals(easter.minusDays(2))) {
            return Optional.of("Goede Vrijdag");
        }
        if (date.equals(easter.plusDays(1))) {
            return Optional.of("Tweede Paasdag");
        }
        if (date.equals(kingsDay(year))) {
            return Optional.of(date.isBefore(KONINGSDAG_SINCE) ? "Koninginnedag" : "Koningsdag");
        }
        if (date.getMonth() == Month.MAY && date.getDayOfMonth() == 5) {
            // The Atw names "de vijfde mei" without condition: every year, not only in lustrum years.
            return Optional.of("Bevrijdingsdag");
        }
        if (date.equals(easter.plusDays(39))) {
            return Optional.of("Hemelvaartsdag");
        }
        if (date.equals(easter.plusDays(50))) {
            return Optional.of("Tweede Pinksterdag");
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25) {
            return Optional.of("Eerste Kerstdag");
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 26) {
            return Optional.of("Tweede Kerstdag");
        }
        EquatedDay e = equated.get(date);
        if (e != null) {
            return Optional.of("gelijkgestelde dag (Atw art. 3 lid 3" + (e.verified() ? "" : ", niet geverifieerd") + ")");
        }
        return Optional.empty();
    }

    /**
     * The day the King's (or Queen's) birthday is celebrated: 27 April, or 26 April when the 27th is a Sunday
     * (since 2014); before 2014 Koninginnedag on 30 April, or 29 April when the 30th is a Sunday.
     */
    static LocalDate kingsDay(int year) {
        LocalDate day = year >= 2014 ? LocalDate.of(year, 4, 27) : LocalDate.of(year, 4, 30);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /**
     * Applies art. 1: the end date itself when it is a working day, otherwise the next working day.
     * Each day passed over is explained ("09-05-2024 is Hemelvaartsdag").
     */
    public Shift shift(LocalDate end) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate day = end;
        for (Optional<String> off = nonWorkingDay(day); off.isPresent(); off = nonWorkingDay(day)) {
            reasons.add(DutchDates.short_(day) + " is " + off.get());
            day = day.plusDays(1);
        }
        // A term can only be checked against the decrees we know; say so rather than assume there are none.
        for (int year = end.getYear(); year <= day.getYear(); year++) {
            final int y = year;
            if (!ruleBase.hasEquatedDayData(y) && equated.keySet().stream().noneMatch(d -> d.getYear() == y)) {
                warnings.add("voor " + year + " zijn geen gelijkgestelde dagen (Atw art. 3 lid 3) bekend; controleer of een"
                        + " koninklijk besluit een dag rond " + DutchDates.short_(end) + " heeft gelijkgesteld");
            }
        }
        for (LocalDate d = end; !d.isAfter(day); d = d.plusDays(1)) {
            EquatedDay e = equated.get(d);
            if (e != null && !e.verified()) {
                warnings.add(DutchDates.short_(d) + " is als gelijkgestelde dag opgenomen zonder geverifieerde bron (" + e.source() + ")");
            }
        }
        return new Shift(end, day, List.copyOf(reasons), List.copyOf(warnings));
    }

    /** The equated days in force for this calendar, release data and local additions together. */
    public Map<LocalDate, EquatedDay> equatedDays() {
        return java.util.Collections.unmodifiableMap(equated);
    }

    /**
     * The result of applying the Atw to an end date.
     *
     * @param reasons one line per day passed over; empty when the end date was a working day
     */
    public record Shift(LocalDate from, LocalDate to, List<String> reasons, List<String> warnings) {
        public boolean moved() {
            return !from.equals(to);
        }
    }
}
