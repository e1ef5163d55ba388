package nl.openbaar.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.openbaar.deadline.model.AgreedDeadline;
import nl.openbaar.deadline.model.CourtOrder;
import nl.openbaar.deadline.model.DeadlineFacts;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.deadline.model.Suspension;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComputingDeadlineTest {

    private final ComputingDeadline engine = ComputingDeadline.standard();

    private DeadlineReport compute(Regime regime, LocalDate received, boolean extended) {
        DeadlineFacts facts = DeadlineFacts.received(regime, received, received);
        return engine.compute(extended ? facts.withExtension(received.plusDays(1)) : facts);
    }

    @Test
    void seed000WobReceivedFridayElevenJuneExtendedByFourWeeksToSixAugust() {
        DeadlineReport r = compute(Regime.WOB, LocalDate.of(2021, 6, 11), true);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2021, 8, 6));
        assertThat(r.firstTermEnd()).isEqualTo(LocalDate.of(2021, 7, 9));
        assertThat(r.explanation()).isEqualTo("ontvangen 11-06-2021; 4 weken → 09-07-2021; verdaagd met 4 weken → 06-08-2021");
    }

    /**
     * Cases around every kind of Atw day, both regimes, with and without extension. Each expected date was
     * worked out by hand from holidays.md §4 (see the comment at the end of each row).
     */
    @ParameterizedTest(name = "{0} ontvangen {1}, verdaagd {2} → {3}")
    @CsvSource({
        // Woo: 4 weeks, extension 2 weeks
        "WOO, 2024-04-11, false, 2024-05-13",  // Hemelvaart 9 May, KB 10 May, weekend
        "WOO, 2024-04-11, true,  2024-05-23",
        "WOO, 2024-11-27, false, 2024-12-30",  // 25, 26 Dec, KB 27 Dec, weekend
        "WOO, 2024-11-27, true,  2025-01-08",
        "WOO, 2026-04-07, false, 2026-05-06",  // Bevrijdingsdag 2026, not a lustrum year
        "WOO, 2026-04-07, true,  2026-05-19",
        "WOO, 2025-03-30, false, 2025-04-28",  // ends Sunday 27 Apr; Koningsdag was Saturday 26 Apr, no Monday substitute
        "WOO, 2025-03-30, true,  2025-05-12",  // Sunday 11 May
        "WOO, 2025-12-04, false, 2026-01-05",  // Nieuwjaarsdag, KB 2 Jan 2026, weekend
        "WOO, 2025-12-04, true,  2026-01-15",
        "WOO, 2026-03-06, false, 2026-04-07",  // Goede Vrijdag, weekend, Tweede Paasdag
        "WOO, 2026-03-06, true,  2026-04-17",
        "WOO, 2025-03-24, false, 2025-04-22",  // Tweede Paasdag
        "WOO, 2025-03-24, true,  2025-05-06",  // extension ends on Bevrijdingsdag (Monday)
        "WOO, 2025-05-12, false, 2025-06-10",  // Tweede Pinksterdag
        "WOO, 2025-05-12, true,  2025-06-23",
        "WOO, 2025-11-28, false, 2025-12-29",  // Tweede Kerstdag on Friday, weekend
        "WOO, 2025-11-28, true,  2026-01-09",
        "WOO, 2023-04-21, false, 2023-05-22",  // KB 19 May 2023, weekend
        "WOO, 2023-04-21, true,  2023-06-02",
        "WOO, 2026-03-30, false, 2026-04-28",  // Koningsdag on Monday
        "WOO, 2026-03-30, true,  2026-05-11",
        "WOO, 2024-04-01, false, 2024-04-29",  // ends on a plain Monday: no shift
        // Wob: 4 weeks, extension 4 weeks
        "WOB, 2021-06-11, false, 2021-07-09",  // seed 000
        "WOB, 2021-06-11, true,  2021-08-06",
        "WOB, 2021-10-25, false, 2021-11-22",  // seed 003 / sample case
        "WOB, 2021-10-25, true,  2021-12-20",
        "WOB, 2018-11-26, false, 2018-12-27",  // KB 24 Dec 2018, both Christmas days
        "WOB, 2018-11-26, true,  2019-01-21",
        "WOB, 2018-12-03, false, 2019-01-02",  // KB 31 Dec 2018, Nieuwjaarsdag
        "WOB, 2018-12-03, true,  2019-01-28",
        "WOB, 2021-04-15, false, 2021-05-17",  // Hemelvaart 13 May, KB 14 May 2021, weekend
        "WOB, 2021-04-15, true,  2021-06-10",
        "WOB, 2019-10-31, false, 2019-11-28",
        "WOB, 2019-10-31, true,  2019-12-30",  // Tweede Kerstdag, KB 27 Dec 2019, weekend
        "WOB, 2019-03-22, false, 2019-04-23",  // Goede Vrijdag, weekend, Tweede Paasdag
        "WOB, 2019-03-22, true,  2019-05-17",
        "WOB, 2017-03-30, false, 2017-05-01",  // Koningsdag 27 Apr, KB 28 Apr 2017, weekend
        "WOB, 2017-03-30, true,  2017-05-29",  // Hemelvaart 25 May, KB 26 May 2017, weekend
        "WOB, 2013-04-02, false, 2013-05-01",  // Koninginnedag 30 April (before 2014)
        "WOB, 2013-04-02, true,  2013-05-28",
        "WOB, 2020-05-04, false, 2020-06-02",  // Tweede Pinksterdag
        "WOB, 2020-05-04, true,  2020-06-29",
        "WOB, 2021-04-07, false, 2021-05-06",  // Bevrijdingsdag on Wednesday
        "WOB, 2021-04-07, true,  2021-06-02",
    })
    void deadlineAroundHolidays(Regime regime, LocalDate received, boolean extended, LocalDate expected) {
        DeadlineReport r = compute(regime, received, extended);
        assertThat(r.deadline()).isEqualTo(expected);
        assertThat(r.extended()).isEqualTo(extended);
        assertThat(r.explanation()).startsWith("ontvangen ").contains(nl.openbaar.shared.DutchDates.short_(expected));
    }

    @Test
    void everyDayPassedOverIsExplained() {
        DeadlineReport r = compute(Regime.WOO, LocalDate.of(2024, 4, 11), false);
        assertThat(r.explanation()).isEqualTo("ontvangen 11-04-2024; 4 weken → 09-05-2024; Algemene termijnenwet: "
                + "09-05-2024 is Hemelvaartsdag, 10-05-2024 is gelijkgestelde dag (Atw art. 3 lid 3), 11-05-2024 is zaterdag, "
                + "12-05-2024 is zondag → 13-05-2024");
    }

    @Test
    void aYearWithoutKnownDecreeGivesTheLegalDateAndAWarning() {
        DeadlineReport r = compute(Regime.WOO, LocalDate.of(2029, 4, 12), false);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2029, 5, 11)); // Hemelvaart 10 May; 11 May not (yet) equated
        assertThat(r.warnings()).anyMatch(w -> w.contains("2029"));
    }

    @Test
    void thirdPartyViewSuspendsFromTheDayAfterTheNoticeUpToAndIncludingTheViewWoo() {
        // docs/legal/rule-base.md §2.3: told Tue 10 Sep, view Fri 20 Sep 2024 → 10 days
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 25))
                .withSuspension(new Suspension(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 20), 14, "zienswijze derde"));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.suspendedDays()).isEqualTo(10);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(engine.compute(facts.withExtension(LocalDate.of(2024, 10, 1))).deadline()).isEqualTo(LocalDate.of(2024, 10, 24));
        assertThat(r.explanation()).contains("opgeschort zienswijze derde van 11-09-2024 t/m 20-09-2024: 10 dagen → 10-10-2024");
    }

    @Test
    void aRunningSuspensionGivesAProvisionalDeadline() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 15))
                .withSuspension(new Suspension(LocalDate.of(2024, 9, 10), null, 14, "zienswijze derde"));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.provisional()).isTrue();
        assertThat(r.status()).isEqualTo(DeadlineStatus.SUSPENDED);
        assertThat(r.suspendedDays()).isEqualTo(14); // 11 to 24 September, the term given to the third party
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2024, 10, 14));
    }

    @Test
    void overlappingSuspensionsCountEachDayOnce() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 30))
                .withSuspension(new Suspension(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 20), 14, "zienswijze A"))
                .withSuspension(new Suspension(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 25), 14, "zienswijze B"));
        assertThat(engine.compute(facts).suspendedDays()).isEqualTo(15); // 11 to 25 September
    }

    @Test
    void anExtensionAfterTheFirstTermExpiredIsRefused() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOB, LocalDate.of(2021, 6, 11), LocalDate.of(2021, 8, 1))
                .withExtension(LocalDate.of(2021, 7, 12));
        assertThatThrownBy(() -> engine.compute(facts)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("09-07-2021");
    }

    @Test
    void anExtensionOnTheMondayAfterAWeekendEndIsInTimeThanksToTheAtwButWarned() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 28))
                .withExtension(LocalDate.of(2025, 4, 28));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(r.warnings()).anyMatch(w -> w.contains("Algemene termijnenwet"));
    }

    @Test
    void aLaterDeadlineAgreedBeforeExpirySuspendsTheTerm() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 20))
                .withAgreed(new AgreedDeadline(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 5, 31)));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.legalDeadline()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void aDeadlineAgreedAfterExpiryLeavesTheLegalDeadline() {
        // seed 000: a term of 3 September 2021 agreed in August, after the deadline of 6 August had passed
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOB, LocalDate.of(2021, 6, 11), LocalDate.of(2021, 9, 1))
                .withExtension(LocalDate.of(2021, 6, 25))
                .withAgreed(new AgreedDeadline(LocalDate.of(2021, 8, 26), LocalDate.of(2021, 9, 3)));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2021, 8, 6));
        assertThat(r.agreedDeadline()).isEqualTo(LocalDate.of(2021, 9, 3));
        assertThat(r.status()).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void seed000DefaultNoticeOpensTheAppealAfterTwoWeeksWithoutStatutoryPenalty() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOB, LocalDate.of(2021, 6, 11), LocalDate.of(2021, 9, 6))
                .withExtension(LocalDate.of(2021, 6, 25))
                .withDefaultNotice(LocalDate.of(2021, 8, 18));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.appealPossibleFrom()).isEqualTo(LocalDate.of(2021, 9, 2));
        assertThat(r.penalty()).isNull();
        assertThat(r.explanation()).contains("Wob art. 15");
    }

    @Test
    void beforeOctober2016TheAwbPenaltyAppliedToWobRequests() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOB, LocalDate.of(2015, 1, 5), LocalDate.of(2015, 3, 10))
                .withDefaultNotice(LocalDate.of(2015, 2, 10))
                .withDecided(LocalDate.of(2015, 3, 6));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.penalty().firstDay()).isEqualTo(LocalDate.of(2015, 2, 25));
        assertThat(r.penalty().days()).isEqualTo(10);
        assertThat(r.penalty().accrued()).isEqualByComparingTo("200");
        assertThat(r.penalty().maximum()).isEqualByComparingTo("1260");
        assertThat(r.status()).isEqualTo(DeadlineStatus.DECIDED_LATE);
    }

    @Test
    void aCourtOrderAccruesItsPenaltyPerDayLateUpToTheMaximum() {
        DeadlineFacts base = DeadlineFacts.received(Regime.WOO, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 1))
                .withCourtOrder(new CourtOrder(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 15), new BigDecimal("100"),
                        new BigDecimal("15000")));
        assertThat(engine.compute(base.withDecided(LocalDate.of(2022, 9, 25))).penalty().accrued()).isEqualByComparingTo("1000");
        assertThat(engine.compute(base.withDecided(LocalDate.of(2022, 9, 15))).penalty().accrued()).isEqualByComparingTo("0");
        assertThat(engine.compute(base).penalty().accrued()).isEqualByComparingTo("7700"); // 16 Sep to 1 Dec: 77 days
        assertThat(engine.compute(base.withToday(LocalDate.of(2023, 6, 1))).penalty().accrued()).isEqualByComparingTo("15000");
    }

    @Test
    void theObjectionTermAndTheThirdPartyWaitRunFromTheDayTheDecisionWasSent() {
        // docs/legal/rule-base.md §2.6: sent Mon 21 Oct 2024 → disclosure Mon 4 Nov → objection term ends Mon 2 Dec
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 25))
                .withThirdPartiesExpectedToObject(true)
                .withDecided(LocalDate.of(2024, 10, 18)).withSent(LocalDate.of(2024, 10, 21));
        DeadlineReport r = engine.compute(facts);
        assertThat(r.objectionTermEnd()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(r.disclosureDate()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(r.status()).isEqualTo(DeadlineStatus.DECIDED_ON_TIME);
        assertThat(r.daysLeft()).isNull();
    }

    @Test
    void aWobRequestDecidedUnderTheWooIsFlagged() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOB, LocalDate.of(2022, 4, 20), LocalDate.of(2022, 5, 10));
        assertThat(engine.compute(facts).warnings()).anyMatch(w -> w.contains("ECLI:NL:RVS:2022:1223"));
        assertThat(engine.compute(facts.withToday(LocalDate.of(2022, 4, 25))).warnings()).noneMatch(w -> w.contains("1223"));
    }

    @Test
    void daysLeftAndStatusAreCountedFromToday() {
        DeadlineFacts facts = DeadlineFacts.received(Regime.WOO, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 20));
        assertThat(engine.compute(facts).daysLeft()).isEqualTo(9);
        assertThat(engine.compute(facts).status()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(engine.compute(facts.withToday(LocalDate.of(2024, 4, 30))).status()).isEqualTo(DeadlineStatus.OVERDUE);
    }
}
