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
import nl.openbaar.pipeline.PreparingVerifiedPackage;
import nl.openbaar.pipeline.ProcessingCase;
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
 * The demo's decided case, published on the portal the way it happens for real: the whole pipeline runs on the
 * demo documents (collect, OCR, detect, redact, stamp, bundle, the independent check, decision and inventory), the
 * case handler prepares the publication, and a publisher who is not on the case approves and publishes it. It runs
 * on its own thread after start-up (half a minute, OCR and LibreOffice included), so the server answers at once.
 */
@Component
class DemoPublications {

    /** The demo's publisher account, never on the published case's team: the four eyes hold in the demo too. */
    private static final nl.openbaar.account.Actor PUBLISHER = nl.openbaar.account.Actor.of("publicatie",
            java.util.Set.of(nl.openbaar.account.Role.PUBLISHER));

    private static final Logger LOG = LoggerFactory.getLogger(DemoPublications.class);

    private final RegisteringRequest registering;
    private final RecordingEvent recording;
    private final CaseTeams teams;
    private final PreparingVerifiedPackage preparing;
    private final ApprovingPublication approving;
    private final PublishingDecision publishing;
    private final Clock clock;
    private final ProcessingCase processing;
    private final DemoDocuments documents;
    private final DemoStatus status;

    DemoPublications(RegisteringRequest registering, RecordingEvent recording, CaseTeams teams, PreparingVerifiedPackage preparing,
            ApprovingPublication approving, PublishingDecision publishing, Clock clock, ProcessingCase processing,
            DemoDocuments documents, DemoStatus status) {
        this.status = status;
        this.processing = processing;
        this.documents = documents;
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
                "het gebruik van Clearview AI door het ministerie in 2021",
                List.of("E-mails en notities over Clearview AI uit 2021."), new Periode(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                null, null, "Directie Digitale Overheid"), user);
        String kenmerk = v.verzoek().kenmerk();
        recording.record(kenmerk, new NewEvent("acknowledged", today.minusDays(68), null, null, Map.of()), nl.openbaar.account.Actor.system(user));
        recording.record(kenmerk, new NewEvent("decided", today.minusDays(45), null, null, Map.of()), nl.openbaar.account.Actor.system(user));
        recording.record(kenmerk, new NewEvent("sent", today.minusDays(45), null, null, Map.of()), nl.openbaar.account.Actor.system(user));
        teams.add(kenmerk, "behandelaar", user);
        Path folder = documents.copyOut();
        Thread.ofPlatform().name("demo-publicatie").daemon().start(() -> publish(kenmerk, folder));
    }

    private void publish(String kenmerk, Path folder) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("openbaar-demo-");
            Path out = dir.resolve("pakket");
            ProcessingCase.Report report = processing.process(
                    new ProcessingCase.Options(folder, out, "woo", null, kenmerk), p -> { });
            if (!report.written()) {
                String why = notPublished("de controle keurde het pakket af ("
                        + report.verification().leaks().size() + " bevindingen, " + report.notProcessed().size()
                        + " documenten niet verwerkt).");
                LOG.warn(why);
                report.notProcessed().forEach(n -> LOG.warn("  niet verwerkt: {}", n));
                status.couldNot(why);
                return;
            }
            Publicatie p = preparing.prepare(kenmerk, out, new PreparingPublication.Options(
                    "Het ministerie heeft e-mails, een notitie en een brief over Clearview AI gevonden en maakt die gedeeltelijk openbaar.",
                    null), "behandelaar");
            approving.approve(p.publicId(), PUBLISHER);
            publishing.publish(p.publicId(), PUBLISHER);
            LOG.info("Demo decision published on the portal after the whole pipeline ({} documents, {} redactions): /besluiten/{}",
                    report.published().size(), report.boxes(), p.publicId());
        } catch (IOException | RuntimeException e) {
            String why = notPublished(e.getMessage());
            LOG.warn(why, e);
            status.couldNot(why);
        } finally {
            delete(dir);
        }
    }

    /** Why the demo's decision is not on the portal, with the system packages this machine lacks, if any. */
    private static String notPublished(String cause) {
        List<String> missing = SystemPackages.missing();
        return "Het demobesluit is niet gepubliceerd: " + cause
                + (missing.isEmpty() ? "" : " Deze systeempakketten ontbreken: " + String.join(", ", missing)
                        + " (./openbaar installeert ze; of: sudo apt-get install " + String.join(" ", missing) + ").");
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
