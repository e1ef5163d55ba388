package nl.openbaar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.verification.model.Leak;
import org.junit.jupiter.api.Test;

class GateFindingTest {

    private final List<ProcessingCase.Published> published = List.of(new ProcessingCase.Published(1, 2, 1, 3, 10, 0, List.of()),
            new ProcessingCase.Published(2, 3, 3, 1, 4, 0, List.of()));
    private final Map<Integer, Long> ids = Map.of(1, 11L, 2, 12L);

    @Test
    void aFindingInTheBundleNamesTheDocumentAndItsOwnPage() {
        Box at = new Box(72, 300, 80, 12);
        GateFinding f = GateFinding.of(List.of(new Leak("documentenbundel.pdf", 4, "functioneel e-mailadres", "detectie", null, at)),
                published, ids).get(0);
        assertThat(f.inventoryNumber()).isEqualTo(2);
        assertThat(f.documentId()).isEqualTo(12L);
        assertThat(f.documentPage()).isEqualTo(2);
        assertThat(f.page()).isEqualTo(4);
        assertThat(f.box()).isEqualTo(at);
        assertThat(f.check()).isEqualTo("detectie");
        assertThat(f.description()).contains("documentenbundel.pdf, pagina 4").contains("(72, 300)");
    }

    @Test
    void aFindingInADocumentFileKeepsItsPageAndOneInTheDecisionHasNoDocument() {
        List<GateFinding> all = GateFinding.of(List.of(new Leak("documenten/0001.pdf", 2, "naam", "pdftotext", null),
                new Leak("besluit.pdf", 1, "naam", "pdfbox", null), new Leak("documenten/0009.pdf", 1, "naam", "ocr", null)), published, ids);
        assertThat(all.get(0).documentId()).isEqualTo(11L);
        assertThat(all.get(0).documentPage()).isEqualTo(2);
        assertThat(all.get(0).box()).isNull();
        assertThat(all.get(1).documentId()).isNull();
        assertThat(all.get(1).inventoryNumber()).isNull();
        assertThat(all.get(2).inventoryNumber()).isEqualTo(9);
        assertThat(all.get(2).documentId()).isNull();
    }
}
