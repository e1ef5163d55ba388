package nl.openbaar.tools.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.openbaar.publication.LoadingPortalIndex;
import nl.openbaar.publication.PortalSearchEngine;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal benchmark loads what it generated and its query mix finds it (a mix that finds nothing measures nothing). */
class BenchmarkingPortalTest {

    @Test
    void loadsTheCorpusAndEveryKindOfQueryFindsSomething(@TempDir Path dir) {
        int publications = BenchmarkingPortal.load(dir, 3000, 60, 2, 16, s -> {
        });
        BenchmarkingPortal.Result r = BenchmarkingPortal.measure(dir, publications, 60, 400, 16, 1);
        assertThat(r.pages()).isGreaterThanOrEqualTo(3000);
        assertThat(r.all().queries()).isEqualTo(400);
        assertThat(r.byKind()).extracting(BenchmarkingPortal.Latency::kind).contains("word", "phrase", "prefix", "within_decision",
                "browse_category");
        // topical words, phrases taken from generated pages and prefixes of indexed words find publications
        assertThat(r.byKind()).filteredOn(l -> !l.kind().equals("browse_category")).allSatisfy(l -> assertThat(l.meanHits()).isPositive());
        assertThat(r.all().p50()).isPositive().isLessThanOrEqualTo(r.all().p99());
    }

    @Test
    void aPublicationIsTheSameWhateverElseWasGenerated() {
        PortalCorpus a = new PortalCorpus(3, 40);
        PortalCorpus b = new PortalCorpus(3, 40);
        b.publication(5);
        List<IndexedFile> x = a.publication(7);
        List<IndexedFile> y = b.publication(7);
        assertThat(x).isEqualTo(y);
        assertThat(x.getFirst().kind()).isEqualTo(nl.openbaar.publication.model.FileKind.DECISION);
    }

    @Test
    void theLoadedIndexAnswersPortalQueries(@TempDir Path dir) {
        PortalCorpus corpus = new PortalCorpus(1, 50);
        LoadingPortalIndex loading = LoadingPortalIndex.into(dir);
        corpus.publication(0).forEach(loading::add);
        try (PortalSearchEngine engine = loading.finish(1)) {
            String word = corpus.publication(0).get(2).pages().getFirst().split("[ .\\n]+")[3].toLowerCase(java.util.Locale.ROOT);
            assertThat(engine.search(PortalQuery.of("\"" + word + "\"")).publications()).isEqualTo(1);
            assertThat(LoadingPortalIndex.pages(engine)).isEqualTo(corpus.publication(0).stream().mapToLong(f -> f.pages().size()).sum());
        }
    }
}
