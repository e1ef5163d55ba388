package nl.openbaar.account;

import java.util.Set;

/** A user of the back office. */
public record Account(String username, String displayName, Set<Role> roles, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
