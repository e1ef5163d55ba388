package nl.openbaar.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.FacetCount;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;
import nl.openbaar.publication.model.PortalResults.DocumentHit;
import nl.openbaar.publication.model.PortalResults.PublicationHit;
import nl.openbaar.publication.model.SearchSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every portal search engine does, on the same small corpus: three decisions of two organisations in two
 * categories, with e-mails, a memo and a report over several pages. The embedded Lucene engine runs it
 * ({@code LucenePortalIndexTest}); an OpenSearch engine runs the same.
 */
abstract class PortalSearchEngineContract {

    PortalSearchEngine engine;

    abstract PortalSearchEngine create();

    @BeforeEach
    void corpus() {
        engine = create();
        engine.putAll(List.of(
                file("f-a1", "p-a", "Besluit op Woo-verzoek over windmolens", "Gemeente Noord", "infocat014", LocalDate.of(2024, 3, 1),
                        FileKind.DOCUMENT, "E-mail over windmolens", "0001", "email", "deels openbaar", List.of("5.1.2e"),
                        List.of("Beste collega, de windmolens bij de dijk geven geluidsoverlast.", "Tweede pagina zonder het woord.",
                                "De windmolen draait weer.")),
                file("f-a2", "p-a", "Besluit op Woo-verzoek over windmolens", "Gemeente Noord", "infocat014", LocalDate.of(2024, 3, 1),
                        FileKind.DOCUMENT, "Notitie geluid", "0002", "notitie", "openbaar", List.of(),
                        List.of("Een notitie over geluid en slagschaduw van windmolens.")),
                file("f-a3", "p-a", "Besluit op Woo-verzoek over windmolens", "Gemeente Noord", "infocat014", LocalDate.of(2024, 3, 1),
                        FileKind.DECISION, "Besluit op Woo-verzoek over windmolens", null, "besluit", null, List.of(),
                        List.of("U vroeg om documenten over windturbines.")),
                file("f-b1", "p-b", "Besluit op Woo-verzoek over stikstof", "Provincie Zuid", "infocat014", LocalDate.of(2022, 6, 15),
                        FileKind.DOCUMENT, "E-mail stikstof en windmolens", "0001", "email", "deels openbaar", List.of("5.1.2e", "5.1.2i"),
                        List.of("Over stikstofdepositie en een windmolen in het natuurgebied.")),
                file("f-b2", "p-b", "Besluit op Woo-verzoek over stikstof", "Provincie Zuid", "infocat014", LocalDate.of(2022, 6, 15),
                        FileKind.DOCUMENT, "Rapport stikstof", "0002", "rapport", "deels openbaar", List.of("5.1.2e"),
                        List.of("Het rapport over stikstof.", "Bijlage met metingen van stikstof.")),
                file("f-c1", "p-c", "Onderzoek naar geluid van windparken", "Gemeente Noord", "infocat015", LocalDate.of(2025, 1, 20),
                        FileKind.DOCUMENT, "Onderzoeksrapport windparken", null, "rapport", null, List.of(),
                        List.of("Dit onderzoek meet het geluid van windmolens en windparken op zee."))));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    static IndexedFile file(String id, String pub, String pubTitle, String org, String cat, LocalDate date, FileKind kind, String title,
            String number, String type, String judgement, List<String> grounds, List<String> pages) {
        return new IndexedFile(id, pub, pubTitle, org, cat, date, kind, title, number, type, judgement, grounds, pages);
    }

    PortalResults search(String text) {
        return engine.search(PortalQuery.of(text));
    }

    PortalResults search(String text, Map<Facet, Set<String>> filters) {
        return engine.search(new PortalQuery(text, null, filters, null, null, null, 1, 10));
    }

    static List<String> pubs(PortalResults r) {
        return r.hits().stream().map(PublicationHit::publicationId).toList();
    }

    static Map<String, Long> counts(PortalResults r, Facet f) {
        return r.facets().get(f).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void resultsAreGroupedPerPublicationWithTheMatchingDocumentsAndPagesInside() {
        PortalResults r = search("windmolens");
        // Dutch stemming: windmolen and windmolens are one word
        assertThat(pubs(r)).containsExactlyInAnyOrder("p-a", "p-b", "p-c");
        assertThat(r.publications()).isEqualTo(3);
        PublicationHit a = r.hits().stream().filter(h -> h.publicationId().equals("p-a")).findFirst().orElseThrow();
        // the decision letter is found by its title
        assertThat(a.documents()).isEqualTo(3);
        assertThat(a.title()).isEqualTo("Besluit op Woo-verzoek over windmolens");
        DocumentHit mail = a.shown().stream().filter(d -> d.fileId().equals("f-a1")).findFirst().orElseThrow();
        assertThat(mail.pages()).containsExactly(1, 3);
        assertThat(mail.matchingPages()).isEqualTo(2);
        assertThat(mail.inventoryNumber()).isEqualTo("0001");
        assertThat(mail.documentType()).isEqualTo("email");
        String snippet = mail.snippet().stream().map(PortalResults.Fragment::text).collect(Collectors.joining());
        assertThat(snippet).containsIgnoringCase("windmolen");
        assertThat(mail.snippet()).anyMatch(f -> f.highlighted() && f.text().toLowerCase().startsWith("windmolen"));
        assertThat(r.documents()).isEqualTo(5);
    }

    @Test
    void facetsCountDocumentsAndEachFacetIgnoresItsOwnFilter() {
        PortalResults all = search("windmolens");
        assertThat(counts(all, Facet.ORGANISATION)).containsEntry("Gemeente Noord", 4L).containsEntry("Provincie Zuid", 1L);
        assertThat(counts(all, Facet.CATEGORY)).containsEntry("infocat014", 4L).containsEntry("infocat015", 1L);
        assertThat(counts(all, Facet.PERIOD)).containsEntry("2024", 3L).containsEntry("2022", 1L).containsEntry("2025", 1L);
        assertThat(counts(all, Facet.DOCUMENT_TYPE)).containsEntry("email", 2L).containsEntry("notitie", 1L).containsEntry("besluit", 1L)
                .containsEntry("rapport", 1L);
        assertThat(counts(all, Facet.JUDGEMENT)).containsEntry("deels openbaar", 2L).containsEntry("openbaar", 1L);
        assertThat(counts(all, Facet.GROUND)).containsEntry("5.1.2e", 2L).containsEntry("5.1.2i", 1L);

        PortalResults noord = search("windmolens", Map.of(Facet.ORGANISATION, Set.of("Gemeente Noord")));
        assertThat(pubs(noord)).containsExactlyInAnyOrder("p-a", "p-c");
        // the organisation facet still shows the other organisation, what choosing it would give
        assertThat(counts(noord, Facet.ORGANISATION)).containsEntry("Provincie Zuid", 1L);
        assertThat(noord.facets().get(Facet.ORGANISATION)).filteredOn(FacetCount::selected).extracting(FacetCount::value)
                .containsExactly("Gemeente Noord");
        // other facets count within the chosen organisation
        assertThat(counts(noord, Facet.CATEGORY)).containsEntry("infocat014", 3L).containsEntry("infocat015", 1L);
        assertThat(counts(noord, Facet.GROUND)).containsOnlyKeys("5.1.2e");

        PortalResults twoValues = search("windmolens", Map.of(Facet.DOCUMENT_TYPE, Set.of("email", "rapport")));
        assertThat(twoValues.documents()).isEqualTo(3);
        PortalResults both = search("windmolens", Map.of(Facet.DOCUMENT_TYPE, Set.of("email"), Facet.PERIOD, Set.of("2022")));
        assertThat(pubs(both)).containsExactly("p-b");
        assertThat(search("windmolens", Map.of(Facet.GROUND, Set.of("5.9.9"))).publications()).isZero();
    }

    @Test
    void sortsByRelevanceOrDateAndPagesThroughPublications() {
        PortalResults newest = engine.search(new PortalQuery("windmolens", null, Map.of(), null, null, SearchSort.NEWEST, 1, 10));
        assertThat(pubs(newest)).containsExactly("p-c", "p-a", "p-b");
        PortalResults oldest = engine.search(new PortalQuery("windmolens", null, Map.of(), null, null, SearchSort.OLDEST, 1, 10));
        assertThat(pubs(oldest)).containsExactly("p-b", "p-a", "p-c");
        PortalResults first = engine.search(new PortalQuery("windmolens", null, Map.of(), null, null, SearchSort.NEWEST, 1, 2));
        PortalResults second = engine.search(new PortalQuery("windmolens", null, Map.of(), null, null, SearchSort.NEWEST, 2, 2));
        assertThat(first.resultPages()).isEqualTo(2);
        assertThat(pubs(first)).containsExactly("p-c", "p-a");
        assertThat(pubs(second)).containsExactly("p-b");
        assertThat(engine.search(new PortalQuery("windmolens", null, Map.of(), null, null, SearchSort.NEWEST, 3, 2)).hits()).isEmpty();
        PortalResults period = engine.search(new PortalQuery("windmolens", null, Map.of(), LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31), null, 1, 10));
        assertThat(pubs(period)).containsExactly("p-a");
    }

    @Test
    void searchesWithinOnePublication() {
        PortalResults r = engine.search(new PortalQuery("stikstof", "p-b", Map.of(), null, null, null, 1, 10));
        assertThat(pubs(r)).containsExactly("p-b");
        assertThat(r.hits().get(0).shown()).extracting(DocumentHit::fileId).containsExactlyInAnyOrder("f-b1", "f-b2");
        DocumentHit report = r.hits().get(0).shown().stream().filter(d -> d.fileId().equals("f-b2")).findFirst().orElseThrow();
        assertThat(report.pages()).containsExactly(1, 2);
        assertThat(engine.search(new PortalQuery("stikstof", "p-a", Map.of(), null, null, null, 1, 10)).publications()).isZero();
    }

    @Test
    void withoutWordsItListsWhatMatchesTheFiltersNewestFirst() {
        PortalResults r = engine.search(new PortalQuery("", null, Map.of(Facet.ORGANISATION, Set.of("Gemeente Noord")), null, null, null,
                1, 10));
        assertThat(pubs(r)).containsExactly("p-c", "p-a");
        assertThat(r.documents()).isEqualTo(4);
        assertThat(counts(r, Facet.CATEGORY)).containsEntry("infocat014", 3L).containsEntry("infocat015", 1L);
        assertThat(r.hits().get(1).shown()).hasSize(3);
    }

    @Test
    void phrasesPrefixesAndExclusionWork() {
        assertThat(pubs(search("\"geluid van windmolens\""))).containsExactly("p-c");
        assertThat(pubs(search("windpark*"))).containsExactly("p-c");
        assertThat(pubs(search("windmolens -stikstof"))).containsExactlyInAnyOrder("p-a", "p-c");
        assertThat(search("de het een").publications()).isZero();
        assertThat(search("slagschaduw").hits().get(0).shown()).extracting(DocumentHit::fileId).containsExactly("f-a2");
    }

    @Test
    void suggestsWordsOfThePublicDocumentsTheMostCommonFirst() {
        assertThat(engine.suggest("wind", 5)).startsWith("windmolens").contains("windparken", "windmolen");
        assertThat(engine.suggest("stik", 5)).contains("stikstof", "stikstofdepositie");
        assertThat(engine.suggest("w", 5)).isEmpty();
        assertThat(engine.suggest("zzz", 5)).isEmpty();
    }

    @Test
    void aRemovedFileIsGoneAtOnceAndAReplacedOneReplaces() {
        engine.remove("f-c1");
        assertThat(pubs(search("windparken"))).isEmpty();
        assertThat(engine.fileIds()).doesNotContain("f-c1").contains("f-a1");
        engine.put(file("f-a2", "p-a", "Besluit op Woo-verzoek over windmolens", "Gemeente Noord", "infocat014", LocalDate.of(2024, 3, 1),
                FileKind.DOCUMENT, "Notitie geluid (gecorrigeerd)", "0002", "notitie", "openbaar", List.of(),
                List.of("Een notitie over zonnepanelen.")));
        assertThat(pubs(search("slagschaduw"))).isEmpty();
        assertThat(pubs(search("zonnepanelen"))).containsExactly("p-a");
        List<String> all = new ArrayList<>(engine.fileIds());
        assertThat(all).hasSize(5);
    }
}
