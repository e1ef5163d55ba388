package nl.openbaar.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The web's view of the one policy ({@link CasePolicy}): turns the signed-in user into an {@link Actor} and asks
 * the policy, to show a button or refuse a page early. The use cases check the same rule themselves, for every
 * adapter. A refusal is a 403.
 */
@Component("perm")
public class Permissions {

    private final CasePolicy policy;

    Permissions(CasePolicy policy) {
        this.policy = policy;
    }

    /** The acting account as the session or HTTP Basic authenticated it, with the roles it was granted. */
    public Actor actor(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return Actor.of("anoniem", Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (user.getAuthorities().stream().anyMatch(a -> r.authority().equals(a.getAuthority()))) {
                roles.add(r);
            }
        }
        return Actor.of(user.getName(), roles);
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
        return policy.canWorkOn(actor(user), kenmerk);
    }

    /** A case no one has taken yet may be taken by a case handler. */
    public boolean canTake(Authentication user, String kenmerk) {
        return policy.canTake(actor(user), kenmerk);
    }

    /** Need to know: working PDFs, redacted texts and the requester's contact data. */
    public boolean canSeeCaseData(Authentication user, String kenmerk) {
        return policy.canSeeCaseData(actor(user), kenmerk);
    }

    public void requireCaseData(Authentication user, String kenmerk) {
        policy.requireCaseData(actor(user), kenmerk);
    }

    /** Whether the account may approve or publish this case's publication (four eyes). */
    public boolean canBeSecondEyes(Authentication user, String kenmerk, String preparedBy) {
        return policy.canBeSecondEyes(actor(user), kenmerk, preparedBy);
    }

    public void require(Authentication user, Role... roles) {
        if (!has(user, roles)) {
            throw new AccessDeniedException("hiervoor is een van de rollen " + Arrays.toString(roles) + " nodig");
        }
    }

    public void requireCaseWork(Authentication user, String kenmerk) {
        policy.requireCaseWork(actor(user), kenmerk);
    }
}
