package nl.openbaar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.DocumentTestSupport;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.work.BackgroundWork;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pipeline as the server runs it: queued as background work, picked up by a worker, progress per stage where the
 * web app reads it, the package under the data folder; running it again (a retry, a crash) leaves a verified package
 * and removes what a cut-off run left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BuildingPackageInBackgroundTest {

    static final Path data = DocumentTestSupport.dataDir();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        DocumentTestSupport.properties(r, data);
    }

    @Autowired
    BuildingPackageInBackground building;
    @Autowired
    BackgroundWork work;
    @Autowired
    CollectingDocuments collecting;
    @Autowired
    RegisteringRequest registering;
    @Autowired
    TrackingProgress tracking;

    @Test
    void aQueuedBuildIsPickedUpByAWorkerAndCanRunAgain() throws Exception {
        String kenmerk = DocumentTestSupport.register(registering, "WOB-ACHTERGROND-1");
        Path docs = DocumentTestSupport.sample().resolve("documenten");
        collecting.collect(kenmerk, List.of(docs.resolve("2020-02-28-re-gezichtsherkenning.eml"), docs.resolve("2020-03-04-notitie-concept.docx")),
                null, p -> {
                });

        assertThat(building.schedule(kenmerk)).isTrue();
        try (BackgroundWork.Worker worker = work.start(1)) {
            Instant until = Instant.now().plus(Duration.ofMinutes(4));
            while (building.lastRun(kenmerk).isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(250);
            }
        }

        assertThat(building.lastRun(kenmerk)).hasValueSatisfying(run -> assertThat(run).contains("\"geslaagd\" : true"));
        Path pkg = building.latest(kenmerk).orElseThrow();
        assertThat(pkg.resolve("documentenbundel.pdf")).isRegularFile();
        try (Stream<Path> pdfs = Files.list(pkg.resolve("documenten"))) {
            assertThat(pdfs.toList()).hasSize(2);
        }
        assertThat(tracking.forRequest(kenmerk)).extracting(Progress::kind).contains("detecteren", "weglakken", "controleren");
        assertThat(tracking.forRequest(kenmerk)).filteredOn(p -> p.kind().equals("weglakken")).singleElement()
                .satisfies(p -> {
                    assertThat(p.done()).isEqualTo(2);
                    assertThat(p.running()).isFalse();
                });

        // a run that was cut off left its folders behind; the next run (a retry) clears them and replaces the package
        Path folder = pkg.getParent();
        Files.createDirectories(folder.resolve("nieuw").resolve("documenten"));
        Files.createDirectories(folder.resolve(".nieuw.bezig-oud"));
        building.run(kenmerk);

        assertThat(folder.resolve("nieuw")).doesNotExist();
        assertThat(folder.resolve(".nieuw.bezig-oud")).doesNotExist();
        assertThat(folder.resolve("vorig")).doesNotExist();
        assertThat(building.latest(kenmerk)).isPresent();
        assertThat(Files.readString(pkg.resolve("verificatie.json"))).contains("\"passed\" : true");
    }
}
