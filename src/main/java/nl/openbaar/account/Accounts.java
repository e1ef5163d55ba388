package nl.openbaar.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.openbaar.account.internal.JdbcAccounts;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-office accounts: creating them, checking a password, and locking an account for a while after
 * repeated failed logins so that passwords cannot be guessed online.
 */
@Service
public class Accounts {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcAccounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public Accounts(JdbcAccounts accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public Account create(String username, String displayName, String password, Set<Role> roles) {
        if (username == null || !username.matches("[a-z0-9._@-]{2,64}")) {
            throw new InvalidInputException("username", "gebruik 2–64 kleine letters, cijfers, punt, @, streepje of liggend streepje");
        }
        PasswordRules.check(username, password);
        if (roles.isEmpty()) {
            throw new InvalidInputException("role", "geef ten minste één rol");
        }
        if (accounts.exists(username)) {
            throw new InvalidInputException("username", "gebruiker " + username + " bestaat al");
        }
        Account a = new Account(username, displayName == null || displayName.isBlank() ? username : displayName, roles, true);
        accounts.insert(a, encoder.encode(password), clock.instant());
        return a;
    }

    /** Whether the password rules ({@link PasswordRules}: length, not the user name, not a common password) accept it. */
    public static boolean acceptablePassword(String username, String password) {
        try {
            PasswordRules.check(username, password);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    public Optional<Account> find(String username) {
        return accounts.find(username).map(Credentials::account);
    }

    public List<Account> all() {
        return accounts.all();
    }

    /** Stored credentials for the login mechanism. */
    public Optional<Credentials> credentials(String username) {
        return accounts.find(username);
    }

    public boolean locked(Credentials s) {
        return s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant());
    }

    /** Sets an account's roles; an account always keeps at least one. */
    @Transactional
    public Account changeRoles(String username, Set<Role> roles) {
        Account a = find(username).orElseThrow(() -> new NotFoundException("gebruiker " + username + " bestaat niet"));
        if (roles.isEmpty()) {
            throw new InvalidInputException("role", "geef ten minste één rol");
        }
        accounts.updateRoles(username, roles);
        return new Account(a.username(), a.displayName(), roles, a.enabled());
    }

    @Transactional
    public Account changeEnabled(String username, boolean enabled) {
        Account a = find(username).orElseThrow(() -> new NotFoundException("gebruiker " + username + " bestaat niet"));
        accounts.updateEnabled(username, enabled);
        return new Account(a.username(), a.displayName(), a.roles(), enabled);
    }

    /** Sets a new password; this also lifts a lock-out. */
    @Transactional
    public void changePassword(String username, String password) {
        if (find(username).isEmpty()) {
            throw new NotFoundException("gebruiker " + username + " bestaat niet");
        }
        PasswordRules.check(username, password);
        accounts.updatePassword(username, encoder.encode(password));
    }

    /** Lifts a lock-out before its time, e.g. after the user called the service desk. */
    @Transactional
    public void unlock(String username) {
        accounts.recordSuccess(username);
    }

    @Transactional
    public void loginFailed(String username) {
        accounts.find(username).ifPresent(s -> {
            Instant lock = s.failedLogins() + 1 >= MAX_FAILED_LOGINS ? clock.instant().plus(LOCK_TIME) : s.lockedUntil();
            accounts.recordFailure(username, lock);
        });
    }

    @Transactional
    public void loginSucceeded(String username) {
        accounts.recordSuccess(username);
    }
}
