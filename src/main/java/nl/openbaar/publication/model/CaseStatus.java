package nl.openbaar.publication.model;

import java.time.LocalDate;
import nl.openbaar.request.model.Stage;

/**
 * A case's status and dates as every page shows them: the stage of the procedure, receipt, decision, sending
 * and publication.
 */
public record CaseStatus(Stage stage, CaseDates dates, LocalDate published) {
}
