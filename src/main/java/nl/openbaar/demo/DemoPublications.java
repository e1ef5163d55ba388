package nl.openbaar.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.publication.ApprovingPublication;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.publication.PublishingDecision;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's decided case, published on the portal the way it happens for real: the case handler prepares
 * the publication, a publisher who is not on the case approves it and publishes it.
 */
@Component
class DemoPublications {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPublications.class);

    private final RegisteringRequest registering;
    private final RecordingEvent recording;
    private final CaseTeams teams;
    private final PreparingPublication preparing;
    private final ApprovingPublication approving;
    private final PublishingDecision publishing;
    private final Clock clock;

    DemoPublications(RegisteringRequest registering, RecordingEvent recording, CaseTeams teams, PreparingPublication preparing,
            ApprovingPublication approving, PublishingDecision publishing, Clock clock) {
        this.registering = registering;
        this.recording = recording;
        this.teams = teams;
        this.preparing = preparing;
        this.approving = approving;
        this.publishing = publishing;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        String user = "demo";
        VerzoekView v = registering.register(new NewRequest(null, "woo",
                new Verzoeker("Johan Verbeek", "Stationsplein 7, 8011 CW Zwolle", "j.verbeek@voorbeeldkrant.nl", null),
                today.minusDays(71), today.minusDays(70), "email",
                "het gebruik van Clearview AI door het ministerie in 2020",
                List.of("E-mails en notities over Clearview AI uit 2020."), new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                null, null, "Directie Digitale Overheid"), user);
        String kenmerk = v.verzoek().kenmerk();
        recording.record(kenmerk, new NewEvent("acknowledged", today.minusDays(68), null, null, Map.of()), user);
        recording.record(kenmerk, new NewEvent("decided", today.minusDays(45), null, null, Map.of()), user);
        recording.record(kenmerk, new NewEvent("sent", today.minusDays(45), null, null, Map.of()), user);
        teams.add(kenmerk, "behandelaar", user);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("openbaar-demo-pakket-");
            DemoPackage.clearview(dir, kenmerk);
            Publicatie p = preparing.prepare(kenmerk, dir, new PreparingPublication.Options(
                    "Het ministerie heeft twee documenten over Clearview AI gevonden en maakt die (gedeeltelijk) openbaar.", null),
                    "behandelaar");
            approving.approve(p.publicId(), "publicatie");
            publishing.publish(p.publicId(), "publicatie");
            LOG.info("Demo decision published on the portal: /besluiten/{}", p.publicId());
        } catch (IOException e) {
            LOG.warn("demo publication could not be written: {}", e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
