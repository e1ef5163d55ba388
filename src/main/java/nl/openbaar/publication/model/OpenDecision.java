package nl.openbaar.publication.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication as open data: what journalists and researchers otherwise scrape from the decision's PDF. Only what
 * the portal shows already: no requester, no case team, no internal reference.
 *
 * @param daysTaken calendar days from receipt to decision, when both are known
 * @param onTime    whether the decision came on or before its deadline, when known
 */
public record OpenDecision(String id, String url, String title, String organisation, String category, String categoryLabel,
        String regime, String decisionKind, LocalDate received, LocalDate decided, LocalDate sent, LocalDate published,
        LocalDate deadline, Long daysTaken, Boolean onTime, List<Document> documents) {

    /** One line of the inventory: a published document with its judgement and grounds. */
    public record Document(String inventoryNumber, String title, String documentType, String judgement, List<String> grounds,
            LocalDate date, int pages, String url) {
    }
}
