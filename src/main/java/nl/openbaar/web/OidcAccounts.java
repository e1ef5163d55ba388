package nl.openbaar.web;

import java.util.Locale;
import nl.openbaar.account.Account;
import nl.openbaar.account.Accounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OpenID Connect login for organisations that have an identity provider. The provider says who someone is;
 * what they may do stays in Openbaar: the claim (preferred_username by default) must name an enabled local
 * account, whose roles apply. Someone the provider knows but Openbaar does not is refused.
 */
final class OidcAccounts {

    private OidcAccounts() {
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> userService(Accounts accounts, String usernameClaim) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Object claim = user.getClaims().get(usernameClaim);
            if (claim == null) {
                throw refused("de identiteitsprovider gaf geen '" + usernameClaim + "' mee");
            }
            String username = claim.toString().strip().toLowerCase(Locale.ROOT);
            Account account = accounts.find(username).filter(Account::enabled)
                    .orElseThrow(() -> refused("geen actief Openbaar-account voor " + username));
            var authorities = account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), usernameClaim) {
                @Override
                public String getName() {
                    return username;
                }
            };
        };
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
