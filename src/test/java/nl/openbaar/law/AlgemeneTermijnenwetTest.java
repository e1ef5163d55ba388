package nl.openbaar.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Atw calendar against the table computed in docs/legal/holidays.md §4 (2017–2028, the years with known
 * royal decrees) and the rules for Koningsdag and Easter.
 */
class AlgemeneTermijnenwetTest {

    private final AlgemeneTermijnenwet atw = RuleBase.standard().calendar();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21", "2020, 2020-04-12",
        "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20",
        "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21",
        "1992, 1992-04-19", "2038, 2038-04-25", "2285, 2285-03-22"
    })
    void easterSunday(int year, LocalDate easter) {
        assertThat(Easter.sunday(year)).isEqualTo(easter);
    }

    /** holidays.md §4, every Atw day of each year other than weekends, KB days included. */
    static final Map<Integer, List<String>> TABLE = Map.ofEntries(
            Map.entry(2017, List.of("01-01", "04-14", "04-17", "04-27", "04-28", "05-05", "05-25", "05-26", "06-05", "12-25", "12-26")),
            Map.entry(2018, List.of("01-01", "03-30", "04-02", "04-27", "05-05", "05-10", "05-11", "05-21", "12-24", "12-25", "12-26", "12-31")),
            Map.entry(2019, List.of("01-01", "04-19", "04-22", "04-27", "05-05", "05-30", "05-31", "06-10", "12-25", "12-26", "12-27")),
            Map.entry(2020, List.of("01-01", "04-10", "04-13", "04-27", "05-05", "05-21", "05-22", "06-01", "12-25", "12-26")),
            Map.entry(2021, List.of("01-01", "04-02", "04-05", "04-27", "05-05", "05-13", "05-14", "05-24", "12-25", "12-26")),
            Map.entry(2022, List.of("01-01", "04-15", "04-18", "04-27", "05-05", "05-26", "05-27", "06-06", "12-25", "12-26")),
            Map.entry(2023, List.of("01-01", "04-07", "04-10", "04-27", "04-28", "05-05", "05-18", "05-19", "05-29", "12-25", "12-26")),
            Map.entry(2024, List.of("01-01", "03-29", "04-01", "04-27", "05-05", "05-09", "05-10", "05-20", "12-25", "12-26", "12-27")),
            Map.entry(2025, List.of("01-01", "04-18", "04-21", "04-26", "05-05", "05-29", "05-30", "06-09", "12-25", "12-26")),
            Map.entry(2026, List.of("01-01", "01-02", "04-03", "04-06", "04-27", "05-05", "05-14", "05-15", "05-25", "12-25", "12-26")),
            Map.entry(2027, List.of("01-01", "03-26", "03-29", "04-27", "05-05", "05-06", "05-07", "05-17", "12-25", "12-26")),
            Map.entry(2028, List.of("01-01", "04-14", "04-17", "04-27", "04-28", "05-05", "05-25", "05-26", "06-05", "12-25", "12-26")));

    @Test
    void everyHolidayOf2017To2028MatchesTheRuleBaseTable() {
        for (var year : new TreeMap<>(TABLE).entrySet()) {
            TreeSet<String> found = new TreeSet<>();
            for (LocalDate d = LocalDate.of(year.getKey(), 1, 1); d.getYear() == year.getKey(); d = d.plusDays(1)) {
                if (atw.holiday(d).isPresent()) {
                    found.add(String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth()));
                }
            }
            assertThat(found).as("Atw days of %d", year.getKey()).containsExactlyElementsOf(new TreeSet<>(year.getValue()));
        }
    }

    @Test
    void kingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(AlgemeneTermijnenwet.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(AlgemeneTermijnenwet.kingsDay(2014)).isEqualTo(LocalDate.of(2014, 4, 26));
        assertThat(AlgemeneTermijnenwet.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(atw.holiday(LocalDate.of(2025, 4, 27))).isEmpty();
    }

    @Test
    void queensDayBefore2014WasTheThirtiethOfAprilOrTheTwentyNinthWhenThatWasASunday() {
        assertThat(atw.holiday(LocalDate.of(2013, 4, 30))).contains("Koninginnedag");
        assertThat(AlgemeneTermijnenwet.kingsDay(2006)).isEqualTo(LocalDate.of(2006, 4, 29));
        assertThat(atw.holiday(LocalDate.of(2013, 4, 27))).isEmpty();
    }

    @Test
    void liberationDayCountsEveryYearNotOnlyInLustrumYears() {
        for (int year = 2016; year <= 2031; year++) {
            assertThat(atw.holiday(LocalDate.of(year, 5, 5))).as("5 mei %d", year).contains("Bevrijdingsdag");
        }
    }

    @Test
    void shiftPassesOverHolidaysAndWeekendsAndExplainsEachDay() {
        AlgemeneTermijnenwet.Shift shift = atw.shift(LocalDate.of(2024, 5, 9));
        assertThat(shift.to()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(shift.reasons()).containsExactly("09-05-2024 is Hemelvaartsdag",
                "10-05-2024 is gelijkgestelde dag (Atw art. 3 lid 3)", "11-05-2024 is zaterdag", "12-05-2024 is zondag");
        assertThat(atw.shift(LocalDate.of(2024, 5, 14)).moved()).isFalse();
    }

    @Test
    void aYearWithoutKnownRoyalDecreeIsSaidOutLoud() {
        assertThat(atw.shift(LocalDate.of(2029, 5, 10)).warnings()).anyMatch(w -> w.contains("2029"));
        assertThat(atw.shift(LocalDate.of(2024, 5, 14)).warnings()).isEmpty();
        assertThat(atw.shift(LocalDate.of(2022, 5, 27)).warnings()).anyMatch(w -> w.contains("zonder geverifieerde bron"));
    }

    @Test
    void anAdministratorsAdditionCountsAsAnEquatedDay() {
        LocalDate friday = LocalDate.of(2029, 5, 11);
        AlgemeneTermijnenwet local = new AlgemeneTermijnenwet(RuleBase.standard(),
                List.of(new EquatedDay(friday, true, "Stcrt. 2028, 99999")));
        assertThat(atw.holiday(friday)).isEmpty();
        assertThat(local.holiday(friday)).isPresent();
        assertThat(local.shift(LocalDate.of(2029, 5, 10)).to()).isEqualTo(LocalDate.of(2029, 5, 14));
        assertThat(local.shift(LocalDate.of(2029, 5, 10)).warnings()).isEmpty();
    }

    @Test
    void dayOfTheWeekIsNeverAHolidayByMonthDayAlone() {
        // 1 May (Dag van de Arbeid) and 4 May (Dodenherdenking) are not Atw days.
        assertThat(atw.holiday(MonthDay.of(5, 1).atYear(2024))).isEmpty();
        assertThat(atw.holiday(MonthDay.of(5, 4).atYear(2023))).isEmpty();
        assertThat(atw.holiday(MonthDay.of(12, 31).atYear(2024))).isEmpty();
    }
}
