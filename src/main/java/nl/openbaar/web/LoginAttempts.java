package nl.openbaar.web;

import nl.openbaar.account.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins per account, so that {@link Accounts} can lock it after too many. */
@Component
class LoginAttempts {

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
