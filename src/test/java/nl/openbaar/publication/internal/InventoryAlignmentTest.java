package nl.openbaar.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryAlignmentTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static LocalDate day(int d) {
        return JAN_1.plusDays(d - 1);
    }

    @Test
    void withoutDatesTheDocumentsTakeTheLinesInOrder() {
        assertThat(InventoryAlignment.align(Arrays.asList(null, null), List.of(day(1), day(2), day(3)))).containsExactly(0, 1);
    }

    @Test
    void aMissedBoundaryDoesNotShiftTheDocumentsAfterIt() {
        // Three documents listed; the boundary of the second was not found, so two documents are found: the 1st and 3rd.
        assertThat(InventoryAlignment.align(List.of(day(1), day(3)), List.of(day(1), day(2), day(3)))).containsExactly(0, 2);
    }

    @Test
    void documentsWithoutADateBetweenTwoAnchorsTakeTheLinesBetweenThem() {
        List<LocalDate> found = Arrays.asList(day(1), null, null, day(6));
        List<LocalDate> listed = List.of(day(1), day(2), day(3), day(4), day(5), day(6));
        assertThat(InventoryAlignment.align(found, listed)).containsExactly(0, 1, 2, 5);
    }

    @Test
    void moreDocumentsThanLinesLeavesTheSurplusWithoutALine() {
        assertThat(InventoryAlignment.align(Arrays.asList(day(1), null, day(2)), List.of(day(1), day(2)))).containsExactly(0, -1, 1);
    }
}
