package nl.openbaar.audit.model;

import java.util.Arrays;
import java.util.List;

/**
 * The one vocabulary of the audit log: the web app, the JSON API, the CLI and the unattended pipeline write the
 * same word for the same act (one word per act, in the past tense). The code is what is stored and shown; it never
 * changes for an act once written. {@link #secondEyes()} marks the acts of the second pair of eyes (approving,
 * publishing, withdrawing): doing them does not make an account part of the case, everything else on a case does.
 */
public enum AuditAction {
    REQUEST_REGISTERED("request.registered"),
    REQUEST_EVENT_RECORDED("request.event.recorded"),
    REQUEST_PUBLISHED_RECORDED("request.event.published", true),
    REQUEST_AMENDED("request.amended"),
    CASE_TEAM_ADDED("case.team.added"),
    CASE_TEAM_REMOVED("case.team.removed"),
    DOCUMENTS_COLLECTED("documents.collected"),
    DOCUMENT_DUPLICATE_MARKED("document.duplicate.marked"),
    DOCUMENT_JUDGED("document.judged"),
    REDACTIONS_PROPOSED("redactions.proposed"),
    REDACTION_ACCEPTED("redaction.accepted"),
    REDACTION_REJECTED("redaction.rejected"),
    REDACTION_REOPENED("redaction.reopened"),
    REDACTION_GROUND_CHANGED("redaction.ground.changed"),
    REDACTION_APPLIED_TO_ALL_OCCURRENCES("redaction.applied.all-occurrences"),
    REDACTION_KEPT_PUBLIC_IN_CASE("redaction.kept-public.case"),
    REDACTION_UNDONE("redaction.undone"),
    REDACTION_REDONE("redaction.redone"),
    REDACTION_RESIZED("redaction.resized"),
    REDACTION_DRAWN("redaction.drawn"),
    REDACTIONS_SEARCH_REDACTED("redactions.search-redacted"),
    REDACTIONS_ACCEPTED_ALL("redactions.accepted.all"),
    PACKAGE_BUILD_QUEUED("package.build.queued"),
    PUBLICATION_PREPARED("publication.prepared"),
    PUBLICATION_IMPORTED("publication.imported"),
    PUBLICATION_APPROVED("publication.approved", true),
    PUBLICATION_REJECTED("publication.rejected", true),
    PUBLICATION_PUBLISHED("publication.published", true),
    PUBLICATION_WITHDRAWN("publication.withdrawn", true),
    PUBLICATION_FILE_WITHDRAWN("publication.file.withdrawn", true),
    PUBLICATION_FILE_REPLACED("publication.file.replaced", true),
    LETTER_SECTION_SAVED("letter.section.saved"),
    LETTER_SECTION_RESET("letter.section.reset"),
    LETTER_COMMENT_ADDED("letter.comment.added"),
    LETTER_DOCX_UPLOADED("letter.docx.uploaded"),
    LETTER_SENT("letter.sent"),
    ACCOUNT_CREATED("account.created"),
    ACCOUNT_ROLES_CHANGED("account.roles.changed"),
    ACCOUNT_ENABLED("account.enabled"),
    ACCOUNT_DISABLED("account.disabled"),
    ACCOUNT_UNLOCKED("account.unlocked"),
    ACCOUNT_PASSWORD_RESET("account.password.reset");

    private final String code;
    private final boolean secondEyes;

    AuditAction(String code) {
        this(code, false);
    }

    AuditAction(String code, boolean secondEyes) {
        this.code = code;
        this.secondEyes = secondEyes;
    }

    public String code() {
        return code;
    }

    /** An act of the second pair of eyes, which does not count as having worked on the case. */
    public boolean secondEyes() {
        return secondEyes;
    }

    public static List<String> secondEyesCodes() {
        return Arrays.stream(values()).filter(AuditAction::secondEyes).map(AuditAction::code).toList();
    }
}
