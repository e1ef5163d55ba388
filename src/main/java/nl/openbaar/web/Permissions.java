package nl.openbaar.web;

import java.util.Arrays;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The server-side check behind every back-office action: the role, and for case work the case. A hidden
 * button is a courtesy; this is the rule. A refusal is a 403.
 */
@Component("perm")
public class Permissions {

    private final CaseTeams teams;

    Permissions(CaseTeams teams) {
        this.teams = teams;
    }

    public boolean has(Authentication user, Role... roles) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return user.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> r.authority().equals(a.getAuthority())));
    }

    /** Case handlers and lawyers work on a case when they are on its team. */
    public boolean canWorkOn(Authentication user, String kenmerk) {
        return has(user, Role.CASE_HANDLER, Role.LAWYER) && teams.isMember(kenmerk, user.getName());
    }

    /** A case no one has taken yet may be taken by a case handler. */
    public boolean canTake(Authentication user, String kenmerk) {
        return has(user, Role.CASE_HANDLER) && teams.members(kenmerk).isEmpty();
    }

    public void require(Authentication user, Role... roles) {
        if (!has(user, roles)) {
            throw new AccessDeniedException("hiervoor is een van de rollen " + Arrays.toString(roles) + " nodig");
        }
    }

    public void requireCaseWork(Authentication user, String kenmerk) {
        if (!canWorkOn(user, kenmerk)) {
            throw new AccessDeniedException("alleen het zaakteam van " + kenmerk + " mag dit doen");
        }
    }
}
