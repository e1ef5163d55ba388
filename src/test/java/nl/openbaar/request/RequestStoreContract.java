package nl.openbaar.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.deadline.HolidayTableChanged;
import nl.openbaar.deadline.internal.JdbcEquatedDays;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import nl.openbaar.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering requests and recording their timelines, through the real use cases and SQL, on a real database.
 * Subclasses run it on H2 and on PostgreSQL: the same migrations and statements must behave the same on both.
 */
abstract class RequestStoreContract {

    private final MutableClock clock = new MutableClock(LocalDate.of(2021, 10, 28));
    private RegisteringRequest registering;
    private RecordingEvent recording;
    private FindingRequests finding;
    private AmendingRequest amending;
    private DeadlineCalendar calendar;
    private JdbcClient jdbc;

    abstract DataSource database();

    @BeforeEach
    void wire() {
        jdbc = JdbcClient.create(database());
        JdbcRequests requests = new JdbcRequests(jdbc);
        KeepingDeadlines[] keeping = new KeepingDeadlines[1];
        calendar = new DeadlineCalendar(RuleBase.standard(), new JdbcEquatedDays(jdbc),
                event -> keeping[0].onHolidayTableChanged((HolidayTableChanged) event), clock);
        keeping[0] = new KeepingDeadlines(requests, calendar, clock);
        registering = new RegisteringRequest(requests, keeping[0], clock, "{regime}-{year}-{seq:4}", new nl.openbaar.account.CasePolicy(null, null, false), null, e -> { });
        recording = new RecordingEvent(requests, keeping[0], clock, new nl.openbaar.account.CasePolicy(null, null, false), e -> { });
        finding = new FindingRequests(requests, keeping[0]);
        amending = new AmendingRequest(requests, keeping[0], clock, new nl.openbaar.account.CasePolicy(null, null, false), e -> { });
    }

    private NewRequest seed000(String kenmerk) {
        return new NewRequest(kenmerk, null, new Verzoeker("J. de Vries", "Voorbeeldstraat 1, 1234 AB Utrecht",
                "j.devries@example.org", "06 12345678"), LocalDate.of(2021, 6, 9), LocalDate.of(2021, 6, 11), "post",
                "het gebruik van dan wel de samenwerking met Clearview AI in de organisatie van JenV",
                List.of("Documenten met betrekking tot Clearview AI en diens producten;",
                        "Documenten inzake intern overleg over het gebruik van Clearview AI;"),
                new Periode(LocalDate.of(2017, 1, 1), null), new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 11)),
                "Op het departement zijn pas sinds 1 januari 2020 documenten aanwezig.", null);
    }

    private VerzoekView event(String kenmerk, String type, LocalDate date, Map<String, String> details) {
        return recording.record(kenmerk, new NewEvent(type, date, null, null, details), nl.openbaar.account.Actor.system("behandelaar"));
    }

    @Test
    void seed000TimelineGivesItsDeadlinesAndProcedure() {
        VerzoekView v = registering.register(seed000(null), "behandelaar");
        String kenmerk = v.verzoek().kenmerk();
        assertThat(kenmerk).isEqualTo("WOB-2021-0001");
        assertThat(v.verzoek().regime()).isEqualTo(Regime.WOB);
        assertThat(v.deadlines().deadline()).isEqualTo(LocalDate.of(2021, 7, 9));

        event(kenmerk, "acknowledged", LocalDate.of(2021, 6, 25), Map.of());
        event(kenmerk, "verdaagd", LocalDate.of(2021, 6, 25), Map.of(Event.REASON, "zorgvuldige besluitvorming vergt meer tijd"));
        event(kenmerk, "contact", LocalDate.of(2021, 8, 13), Map.of());
        event(kenmerk, "ingebrekestelling", LocalDate.of(2021, 8, 18), Map.of());
        event(kenmerk, "deadline-agreed", LocalDate.of(2021, 8, 26), Map.of(Event.AGREED_DATE, "2021-09-03"));
        event(kenmerk, "appeal-not-timely", LocalDate.of(2021, 9, 6), Map.of());
        event(kenmerk, "defence-filed", LocalDate.of(2021, 9, 17), Map.of());
        event(kenmerk, "decided", LocalDate.of(2021, 10, 28), Map.of());
        VerzoekView done = event(kenmerk, "sent", LocalDate.of(2021, 10, 28), Map.of());

        assertThat(done.deadlines().deadline()).isEqualTo(LocalDate.of(2021, 8, 6));
        assertThat(done.deadlines().status()).isEqualTo(DeadlineStatus.DECIDED_LATE);
        assertThat(done.deadlines().appealPossibleFrom()).isEqualTo(LocalDate.of(2021, 9, 2));
        assertThat(done.deadlines().objectionTermEnd()).isEqualTo(LocalDate.of(2021, 12, 9));
        assertThat(done.procedure()).extracting(Event::type).containsExactly(EventType.RECEIVED, EventType.ACKNOWLEDGED,
                EventType.EXTENDED, EventType.CONTACT, EventType.DEFAULT_NOTICE, EventType.DEADLINE_AGREED,
                EventType.APPEAL_NOT_TIMELY, EventType.DEFENCE_FILED, EventType.DECIDED, EventType.SENT);
        assertThat(done.verzoek().items()).hasSize(2).first().asString().startsWith("Documenten met betrekking");
        assertThat(done.verzoek().scopedPeriod().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(finding.get(kenmerk).events()).hasSize(10);
    }

    @Test
    void aRejectedEventWritesNothing() {
        String kenmerk = registering.register(seed000(null), "behandelaar").verzoek().kenmerk();
        event(kenmerk, "extended", LocalDate.of(2021, 6, 25), Map.of(Event.REASON, "omvang"));
        int before = finding.get(kenmerk).events().size();

        assertThatThrownBy(() -> event(kenmerk, "extended", LocalDate.of(2021, 7, 1), Map.of(Event.REASON, "nog eens")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> event(kenmerk, "views-received", LocalDate.of(2021, 7, 1), Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> event(kenmerk, "deadline-agreed", LocalDate.of(2021, 7, 1), Map.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(Event.AGREED_DATE);
        assertThatThrownBy(() -> event(kenmerk, "contact", LocalDate.of(2021, 6, 1), Map.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> event(kenmerk, "contact", LocalDate.of(2030, 1, 1), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("toekomst");
        assertThat(finding.get(kenmerk).events()).hasSize(before);
    }

    @Test
    void anExtensionAfterTheFirstTermIsRefusedOnItsDate() {
        String kenmerk = registering.register(seed000(null), "behandelaar").verzoek().kenmerk();
        assertThatThrownBy(() -> event(kenmerk, "extended", LocalDate.of(2021, 7, 12), Map.of(Event.REASON, "te laat")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("date");
        assertThat(finding.get(kenmerk).deadlines().extended()).isFalse();
    }

    @Test
    void thirdPartyViewsSuspendTheTermUntilTheyArrive() {
        clock.set(LocalDate.of(2024, 9, 15));
        NewRequest woo = new NewRequest("WOO-2024-77", null, new Verzoeker("A. Bakker", null, null, null), null,
                LocalDate.of(2024, 9, 2), "email", "subsidies", List.of("Alle besluiten"), null, null, null, null);
        String kenmerk = registering.register(woo, "behandelaar").verzoek().kenmerk();
        VerzoekView asked = event(kenmerk, "views-requested", LocalDate.of(2024, 9, 10), Map.of(Event.THIRD_PARTY, "Bedrijf BV"));
        assertThat(asked.deadlines().status()).isEqualTo(DeadlineStatus.SUSPENDED);
        assertThat(asked.deadlines().deadline()).isEqualTo(LocalDate.of(2024, 10, 14));
        clock.set(LocalDate.of(2024, 9, 25));
        VerzoekView received = event(kenmerk, "views-received", LocalDate.of(2024, 9, 20), Map.of());
        assertThat(received.deadlines().deadline()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(received.deadlines().status()).isEqualTo(DeadlineStatus.RUNNING);
    }

    @Test
    void amendingSetsTheScopedPeriodAndARegimeOverrideRecomputesTheDeadline() {
        clock.set(LocalDate.of(2022, 5, 10));
        NewRequest pending = new NewRequest(null, null, new Verzoeker("C. Jansen", null, "c@example.org", null), null,
                LocalDate.of(2022, 4, 20), "email", "overgang", List.of("a"), null, null, null, null);
        String kenmerk = registering.register(pending, "b").verzoek().kenmerk();
        assertThat(finding.get(kenmerk).verzoek().regime()).isEqualTo(Regime.WOB);

        VerzoekView amended = amending.amend(kenmerk, new nl.openbaar.request.model.Amendment("woo", null, null, "", null,
                null, List.of("b", "c"), null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 4, 20), "pas sinds 2020", null),
                nl.openbaar.account.Actor.system("jurist"));
        assertThat(amended.verzoek().regime()).isEqualTo(Regime.WOO);
        assertThat(amended.verzoek().verzoeker().email()).isNull();
        assertThat(amended.verzoek().items()).containsExactly("b", "c");
        assertThat(amended.verzoek().scopedPeriod()).isEqualTo(new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 4, 20)));
        Event note = amended.events().stream().filter(e -> e.type() == EventType.AMENDED).findFirst().orElseThrow();
        assertThat(note.note()).contains("regime").contains("afgebakende periode").doesNotContain("c@example.org");
        assertThat(amended.procedure()).noneMatch(e -> e.type() == EventType.AMENDED);
        assertThatThrownBy(() -> amending.amend(kenmerk, new nl.openbaar.request.model.Amendment(null, null, null, null, null,
                null, null, null, null, LocalDate.of(2023, 1, 1), null, null, null), nl.openbaar.account.Actor.system("jurist")))
                .extracting("field").isEqualTo("scoped-period");
    }

    @Test
    void kenmerkenAreUniqueAndFollowThePattern() {
        assertThat(registering.register(seed000(null), "b").verzoek().kenmerk()).isEqualTo("WOB-2021-0001");
        assertThat(registering.register(seed000("WOB-2021-0002"), "b").verzoek().kenmerk()).isEqualTo("WOB-2021-0002");
        assertThat(registering.register(seed000(null), "b").verzoek().kenmerk()).isEqualTo("WOB-2021-0003");
        assertThatThrownBy(() -> registering.register(seed000("WOB-2021-0001"), "b"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("kenmerk");
        assertThatThrownBy(() -> finding.get("BESTAAT-NIET")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badRegistrationsNameTheFieldAndWriteNothing() {
        NewRequest noName = new NewRequest(null, null, new Verzoeker(" ", null, null, null), null, LocalDate.of(2021, 6, 11),
                null, "x", List.of(), null, null, null, null);
        NewRequest future = new NewRequest(null, null, new Verzoeker("X", null, null, null), null, LocalDate.of(2022, 1, 1),
                null, "x", List.of(), null, null, null, null);
        NewRequest badRegime = new NewRequest(null, "wet", new Verzoeker("X", null, null, null), null,
                LocalDate.of(2021, 6, 11), null, "x", List.of(), null, null, null, null);
        assertThatThrownBy(() -> registering.register(noName, "b")).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> registering.register(future, "b")).extracting("field").isEqualTo("received");
        assertThatThrownBy(() -> registering.register(badRegime, "b")).extracting("field").isEqualTo("regime");
        assertThat(finding.byUrgency()).isEmpty();
        assertThat(jdbc.sql("select count(*) from kenmerk_counter").query(Integer.class).single()).isZero();
    }

    @Test
    void aChangedHolidayTableMovesOpenDeadlinesAndSaysSoOnTheTimeline() {
        clock.set(LocalDate.of(2029, 4, 20));
        NewRequest woo = new NewRequest(null, null, new Verzoeker("B. Claes", null, null, null), null,
                LocalDate.of(2029, 4, 12), null, "camera's", List.of(), null, null, null, null);
        String kenmerk = registering.register(woo, "b").verzoek().kenmerk();
        assertThat(finding.get(kenmerk).deadlines().deadline()).isEqualTo(LocalDate.of(2029, 5, 11));

        calendar.addEquatedDay(LocalDate.of(2029, 5, 11), "Besluit gelijkstelling 2029 (Stcrt.)", "beheerder");

        VerzoekView after = finding.get(kenmerk);
        assertThat(after.deadlines().deadline()).isEqualTo(LocalDate.of(2029, 5, 14));
        Event note = after.events().stream().filter(e -> e.type() == EventType.DEADLINE_RECOMPUTED).findFirst().orElseThrow();
        assertThat(note.detail(Event.OLD_DEADLINE)).isEqualTo("2029-05-11");
        assertThat(note.detail(Event.NEW_DEADLINE)).isEqualTo("2029-05-14");
        assertThat(after.procedure()).noneMatch(e -> e.type().system());
        assertThat(jdbc.sql("select deadline from request where kenmerk = ?").param(kenmerk).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2029, 5, 14));

        calendar.removeEquatedDay(LocalDate.of(2029, 5, 11), "beheerder");
        assertThat(finding.get(kenmerk).deadlines().deadline()).isEqualTo(LocalDate.of(2029, 5, 11));
    }

    @Test
    void openRequestsComeFirstMostUrgentOnTop() {
        clock.set(LocalDate.of(2024, 5, 1));
        registering.register(new NewRequest("B", "woo", new Verzoeker("X", null, null, null), null, LocalDate.of(2024, 4, 20),
                null, "later", List.of(), null, null, null, null), "b");
        registering.register(new NewRequest("A", "woo", new Verzoeker("X", null, null, null), null, LocalDate.of(2024, 3, 1),
                null, "te laat", List.of(), null, null, null, null), "b");
        String decided = registering.register(new NewRequest("C", "woo", new Verzoeker("X", null, null, null), null,
                LocalDate.of(2024, 4, 2), null, "klaar", List.of(), null, null, null, null), "b").verzoek().kenmerk();
        event(decided, "decided", LocalDate.of(2024, 4, 25), Map.of());
        assertThat(finding.byUrgency()).extracting(v -> v.verzoek().kenmerk()).containsExactly("A", "B", "C");
        assertThat(jdbc.sql("select closed from request where kenmerk = 'C'").query(Boolean.class).single()).isTrue();
    }
}
