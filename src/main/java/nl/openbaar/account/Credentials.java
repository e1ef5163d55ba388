package nl.openbaar.account;

import java.time.Instant;

/** An account as the login mechanism needs it: the bcrypt hash and the lock-out state. */
public record Credentials(Account account, String passwordHash, int failedLogins, Instant lockedUntil) {
}
