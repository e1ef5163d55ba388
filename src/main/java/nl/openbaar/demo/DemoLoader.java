package nl.openbaar.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoeker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo case into an empty installation when the server runs in demo mode. The people are invented;
 * the subject follows the Clearview AI requests of 2021 (seeds in the project's research).
 * Dates are set relative to today so that the back office shows realistic urgency.
 */
@Component
class DemoLoader {

    static final String PASSWORD = "openbaar-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final boolean demo;
    private final Accounts accounts;
    private final RegisteringRequest registering;
    private final RecordingEvent recording;
    private final FindingRequests finding;
    private final Clock clock;
    private final Environment env;
    private final DemoPublications demoPublications;
    private final CaseTeams teams;
    private final DemoDocuments documents;

    DemoLoader(@Value("${openbaar.demo}") boolean demo, Accounts accounts, RegisteringRequest registering,
            RecordingEvent recording, FindingRequests finding, Clock clock, Environment env, DemoPublications demoPublications,
            CaseTeams teams, DemoDocuments documents) {
        this.demo = demo;
        this.accounts = accounts;
        this.registering = registering;
        this.recording = recording;
        this.finding = finding;
        this.clock = clock;
        this.env = env;
        this.demoPublications = demoPublications;
        this.teams = teams;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!demo) {
            return;
        }
        createAccount("behandelaar", "Bram Hoekstra (behandelaar)", Role.CASE_HANDLER);
        createAccount("jurist", "Fatima el Idrissi (jurist)", Role.LAWYER);
        createAccount("publicatie", "Joris Vermeulen (publicatie)", Role.PUBLISHER);
        createAccount("beheerder", "Anouk Smits (beheerder)", Role.ADMIN);
        if (finding.byUrgency().isEmpty()) {
            loadRequests();
            demoPublications.load();
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        LOG.info("""

                ------------------------------------------------------------------
                 Openbaar demo: http://localhost:{}
                 Backoffice: http://localhost:{}/beheer
                 Logins (wachtwoord voor allen: {}):
                   behandelaar (behandelaar), jurist (jurist),
                   publicatie (publicatiemedewerker: keurt goed en publiceert),
                   beheerder (accounts en auditlog)
                ------------------------------------------------------------------""", port, port, PASSWORD);
    }

    private void createAccount(String username, String name, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(username, name, PASSWORD, Set.of(role));
        }
    }

    private void loadRequests() {
        LocalDate today = LocalDate.now(clock);
        String user = "demo";
        // The main demo case: a journalist's Woo request on facial recognition, still running.
        var main = registering.register(new NewRequest(null, "woo",
                new Verzoeker("Sanne de Wit", "Keizersgracht 412-III, 1016 GC Amsterdam", "s.dewit@voorbeeldredactie.nl",
                        "06 11 22 33 44"),
                today.minusDays(23), today.minusDays(20), "email",
                "het gebruik van dan wel de samenwerking met Clearview AI door het ministerie",
                List.of("Documenten, waaronder e-mails en notities, over Clearview AI en diens producten vanaf 1 januari 2019;",
                        "Documenten over intern overleg over het gebruik van gezichtsherkenningssoftware;",
                        "Een overzicht van contracten of proefaccounts bij Clearview AI."),
                new Periode(LocalDate.of(2019, 1, 1), null), new Periode(LocalDate.of(2019, 1, 1), today.minusDays(20)),
                "Het ministerie heeft pas sinds 2019 documenten over dit onderwerp.", "Directie Digitale Overheid"), user);
        recording.record(main.verzoek().kenmerk(), new NewEvent("acknowledged", today.minusDays(18), null, null, Map.of()), nl.openbaar.account.Actor.system(user));
        teams.add(main.verzoek().kenmerk(), "behandelaar", user);
        teams.add(main.verzoek().kenmerk(), "jurist", user);
        documents.collect(main.verzoek().kenmerk());

        var extended = registering.register(new NewRequest(null, "woo",
                new Verzoeker("Pieter Janssen", "Postbus 1234, 3500 AA Utrecht", "p.janssen@voorbeeld.nl", null),
                today.minusDays(34), today.minusDays(33), "post",
                "de aanschaf van camera's met gezichtsherkenning voor overheidsgebouwen",
                List.of("Aanbestedingsstukken en offertes;", "Adviezen over privacy (DPIA)."), null, null, null, null), user);
        recording.record(extended.verzoek().kenmerk(), new NewEvent("extended", today.minusDays(10), null, null,
                Map.of(Event.REASON, "de omvang van de informatie vergt meer tijd")), nl.openbaar.account.Actor.system(user));

        registering.register(new NewRequest(null, "woo",
                new Verzoeker("Stichting Digitale Burgerrechten", "Herengracht 1, 2511 EA Den Haag", "info@voorbeeldstichting.nl", null),
                today.minusDays(45), today.minusDays(44), "webform",
                "algoritmes voor risicoprofilering bij toeslagen",
                List.of("Alle documenten over risicomodellen vanaf 2020."), null, null, null, null), user);
        LOG.info("Demo requests loaded");
    }
}
