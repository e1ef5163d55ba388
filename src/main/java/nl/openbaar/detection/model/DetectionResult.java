package nl.openbaar.detection.model;

import java.util.List;

/**
 * What detection found in one document: findings in page and text order, and the names it kept visible
 * on purpose.
 */
public record DetectionResult(List<Finding> findings, List<PublicMention> publicMentions) {

    public DetectionResult {
        findings = List.copyOf(findings);
        publicMentions = List.copyOf(publicMentions);
    }

    /** The findings the unattended pipeline accepts. */
    public List<Finding> toRedact() {
        return findings.stream().filter(f -> f.handling() == Handling.REDACT).toList();
    }

    public List<Finding> forReview() {
        return findings.stream().filter(f -> f.handling() == Handling.REVIEW).toList();
    }
}
