package nl.openbaar.web;

import nl.openbaar.account.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account, so that {@link Accounts} can lock it after too many, and per client address
 * ({@link Throttles}), so that one address cannot try many accounts either.
 */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final Throttles throttles;

    LoginAttempts(Accounts accounts, Throttles throttles) {
        this.accounts = accounts;
        this.throttles = throttles;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    /** Every failure counts for the address: a wrong password, an unknown or a locked account. */
    @EventListener
    void failedFrom(org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                && d.getRemoteAddress() != null) {
            throttles.logins.failed(d.getRemoteAddress());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
