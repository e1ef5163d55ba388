package nl.openbaar.account;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.openbaar.audit.Auditing;
import nl.openbaar.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one rule for case work, called by the use cases themselves with the acting account, so that the web pages,
 * the JSON API, the CLI and the pipeline cannot differ. Adapters ask it only to show or hide a button.
 * <ul>
 * <li>Case work: case handlers and lawyers change a case when they are on its team; a case nobody has taken yet may
 * be taken by a case handler.</li>
 * <li>Four eyes: whoever approves, publishes or replaces a published document is a publisher who was never on the
 * case team and never acted on the case, by the audit log (leaving the team does not help), and did not prepare it.</li>
 * <li>Need to know: the unredacted working versions, the redacted texts and the requester's address and phone are
 * for the case team only; administrators see them only where the organisation grants it
 * ({@code openbaar.access.admins-see-case-data=true}, off by default). A publisher sees the redacted package.</li>
 * </ul>
 */
@Service
public class CasePolicy {

    private final CaseTeams teams;
    private final Auditing auditing;
    private final boolean adminsSeeCaseData;

    public CasePolicy(CaseTeams teams, Auditing auditing,
            @Value("${openbaar.access.admins-see-case-data:false}") boolean adminsSeeCaseData) {
        this.teams = teams;
        this.auditing = auditing;
        this.adminsSeeCaseData = adminsSeeCaseData;
    }

    public boolean canWorkOn(Actor actor, String kenmerk) {
        return actor.system() || actor.hasAny(Role.CASE_HANDLER, Role.LAWYER) && teams.isMember(kenmerk, actor.username());
    }

    public boolean canTake(Actor actor, String kenmerk) {
        return !actor.system() && actor.has(Role.CASE_HANDLER) && teams.members(kenmerk).isEmpty();
    }

    public void requireCaseWork(Actor actor, String kenmerk) {
        if (!canWorkOn(actor, kenmerk)) {
            throw new ForbiddenException("alleen het zaakteam van " + kenmerk + " mag dit doen");
        }
    }

    /** Case work, or taking a case nobody has yet. */
    public void requireCaseWorkOrTake(Actor actor, String kenmerk) {
        if (!canWorkOn(actor, kenmerk) && !canTake(actor, kenmerk)) {
            throw new ForbiddenException("alleen het zaakteam van " + kenmerk + " mag dit doen");
        }
    }

    public void requireRole(Actor actor, Role... roles) {
        if (!actor.system() && !actor.hasAny(roles)) {
            throw new ForbiddenException("hiervoor is een van de rollen "
                    + Arrays.stream(roles).map(Role::label).collect(Collectors.joining(", ")) + " nodig");
        }
    }

    /** Whether the account may see what only the case needs: working PDFs, redacted texts, the requester's contact data. */
    public boolean canSeeCaseData(Actor actor, String kenmerk) {
        return canWorkOn(actor, kenmerk) || adminsSeeCaseData && actor.has(Role.ADMIN);
    }

    public void requireCaseData(Actor actor, String kenmerk) {
        if (!canSeeCaseData(actor, kenmerk)) {
            throw new ForbiddenException("alleen het zaakteam van " + kenmerk + " ziet de onbewerkte stukken");
        }
    }

    /** Whether the account is independent of the case: never on its team, never acted on it. */
    public boolean independentOf(Actor actor, String kenmerk) {
        return kenmerk == null || !teams.isMember(kenmerk, actor.username()) && !auditing.hasWorkedOn(actor.username(), kenmerk);
    }

    /** Whether the account may act as the second pair of eyes on something of this case, prepared by {@code preparedBy}. */
    public boolean canBeSecondEyes(Actor actor, String kenmerk, String preparedBy) {
        if (actor.system()) {
            return true;
        }
        return actor.has(Role.PUBLISHER) && !actor.username().equals(preparedBy) && independentOf(actor, kenmerk);
    }

    /**
     * The four-eyes rule: a publisher who did not prepare it and never worked on the case. The system actor (the
     * demo, the operator's own shell without {@code --user}) is not held to it.
     */
    public void requireSecondEyes(Actor actor, String kenmerk, String preparedBy) {
        requireRole(actor, Role.PUBLISHER);
        if (!canBeSecondEyes(actor, kenmerk, preparedBy)) {
            throw new ForbiddenException("wie de zaak behandelt, behandelde of de publicatie voorbereidde, keurt haar niet goed"
                    + " en publiceert haar niet (vier ogen): een andere publicatiemedewerker moet dit doen");
        }
    }
}
