package nl.openbaar.web;

import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what. The public portal and the requester's pages need no login; the back office and the API do.
 * The API is stateless (HTTP Basic, no session cookie, so no CSRF risk); the back office uses a form login,
 * a session cookie and CSRF tokens on every form.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/**").hasAnyRole(roles(Role.values()))
                        .anyRequest().hasAnyRole(roles(Role.CASE_HANDLER, Role.LAWYER, Role.ADMIN)))
                .httpBasic(b -> { })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/beheer/**").hasAnyRole(roles(Role.values()))
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/beheer", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    UserDetailsService users(Accounts accounts) {
        return username -> accounts.credentials(username)
                .map(s -> {
                    if (accounts.locked(s)) {
                        throw new LockedException("account tijdelijk geblokkeerd na herhaalde mislukte pogingen");
                    }
                    return User.withUsername(s.account().username())
                            .password(s.passwordHash())
                            .disabled(!s.account().enabled())
                            .authorities(s.account().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                            .build();
                })
                .orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
    }

    private static String[] roles(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
