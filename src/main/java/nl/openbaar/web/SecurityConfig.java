package nl.openbaar.web;

import java.util.Arrays;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what. The public portal and the requester's pages need no login; the back office and the API do.
 * The API is stateless (HTTP Basic, no session cookie, so no CSRF risk); the back office uses a form login
 * (or OpenID Connect when a provider is configured), a session cookie and CSRF tokens on every form.
 * URL rules here are the coarse gate; every action also checks role and case in {@link Permissions}.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {

    /** No inline scripts or styles anywhere; the PDF.js worker and its fonts come from our own origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Throttles throttles) throws Exception {
        http.addFilterBefore(throttles.loginFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(roles(Role.values()))
                        .anyRequest().hasAnyRole(roles(Role.CASE_HANDLER, Role.LAWYER)))
                .httpBasic(b -> { })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc, Accounts accounts,
            @Value("${openbaar.oidc.username-claim:preferred_username}") String usernameClaim, Throttles throttles) throws Exception {
        http.addFilterBefore(throttles.loginFilter(), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // No session before login: the CSRF token in a cookie, the page asked for before login in a cookie, a failed
        // login's message from the URL. The public portal and the requester's pages never create a session.
        http.csrf(c -> c.csrfTokenRepository(csrfCookie()))
                .requestCache(r -> r.requestCache(new org.springframework.security.web.savedrequest.CookieRequestCache()));
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/beheer/accounts/**", "/beheer/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/beheer/**").hasAnyRole(roles(Role.values()))
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/beheer", false).failureHandler(failure()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                .exceptionHandling(e -> e.accessDeniedPage("/geen-toegang"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations != null) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/beheer", false)
                    .userInfoEndpoint(u -> u.oidcUserService(OidcAccounts.userService(accounts, usernameClaim))));
        }
        return http.build();
    }

    private static org.springframework.security.web.csrf.CookieCsrfTokenRepository csrfCookie() {
        var repo = new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
        repo.setCookieName("OPENBAAR_CSRF");
        repo.setCookieCustomizer(c -> c.sameSite("Strict").httpOnly(true));
        return repo;
    }

    private static org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler failure() {
        var handler = new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }

    @Bean
    UserDetailsService users(Accounts accounts) {
        return username -> accounts.credentials(username)
                .map(s -> User.withUsername(s.account().username())
                            .password(s.passwordHash())
                            .disabled(!s.account().enabled())
                            // Locked for a while after repeated failures: the provider refuses it like a wrong password.
                            .accountLocked(accounts.locked(s))
                            .authorities(s.account().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                            .build())
                .orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
    }

    static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
