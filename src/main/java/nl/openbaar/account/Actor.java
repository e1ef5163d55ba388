package nl.openbaar.account;

import java.util.Set;

/**
 * Who acts: an account with its roles, as the adapter authenticated it (web session, HTTP Basic, the CLI's
 * {@code --user}), handed to every write use case, which checks its own rule with {@link CasePolicy}. A
 * {@linkplain #system(String) system actor} is a capability acting under a rule it already checked itself (the
 * unattended pipeline, publication after its four eyes, the demo, the operator at the shell): it is audited
 * under its name but not held to the case-team rule.
 */
public record Actor(String username, Set<Role> roles, boolean system) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(String username, Set<Role> roles) {
        return new Actor(username, roles, false);
    }

    public static Actor of(Account account) {
        return new Actor(account.username(), account.enabled() ? account.roles() : Set.of(), false);
    }

    public static Actor system(String name) {
        return new Actor(name, Set.of(), true);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (has(r)) {
                return true;
            }
        }
        return false;
    }
}
