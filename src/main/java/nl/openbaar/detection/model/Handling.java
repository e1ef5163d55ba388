package nl.openbaar.detection.model;

/** What may happen to a finding without a person looking at it. */
public enum Handling {
    /** Proposed for redaction; the unattended pipeline accepts it. */
    REDACT,
    /**
     * Only shown to a reviewer, never accepted automatically: personal policy opinions (a judgement the law
     * leaves to the body) and weak name candidates.
     */
    REVIEW
}
