package nl.openbaar.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.account.Account;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account management for administrators: create accounts, set roles, switch off, lift a lock-out, reset a password. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final Permissions perm;
    private final Audited audited;

    AccountPages(Accounts accounts, Permissions perm, Audited audited) {
        this.accounts = accounts;
        this.perm = perm;
        this.audited = audited;
    }

    @GetMapping("/beheer/accounts")
    String list(Authentication user, Model model) {
        perm.require(user, Role.ADMIN);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("locked", accounts.all().stream()
                .filter(a -> accounts.credentials(a.username()).map(accounts::locked).orElse(false)).map(Account::username).toList());
        model.addAttribute("roles", Role.values());
        return "backoffice/accounts";
    }

    @PostMapping("/beheer/accounts")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName, @RequestParam String password,
            @RequestParam(required = false) List<String> roles, Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.ADMIN);
        try {
            Set<Role> set = parse(roles);
            audited.created(user.getName(), AuditAction.ACCOUNT_CREATED, () -> accounts.create(username.strip(), displayName, password, set),
                    a -> Auditing.Subject.account(a.username()), a -> state(a));
            flash.addFlashAttribute("message", "account.created");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("accountError", e.describe());
        }
        return "redirect:/beheer/accounts";
    }

    @PostMapping("/beheer/accounts/{username}")
    String change(@PathVariable String username, @RequestParam String action, @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) String password, Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.ADMIN);
        Account before = accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
        try {
            switch (action) {
                case "roles" -> {
                    Set<Role> set = parse(roles);
                    if (username.equals(user.getName()) && !set.contains(Role.ADMIN)) {
                        throw new InvalidInputException("role", "u kunt uw eigen beheerdersrol niet intrekken");
                    }
                    audited.run(user.getName(), AuditAction.ACCOUNT_ROLES_CHANGED, Auditing.Subject.account(username), () -> state(before),
                            () -> accounts.changeRoles(username, set), AccountPages::state);
                }
                case "disable", "enable" -> {
                    if (username.equals(user.getName())) {
                        throw new InvalidInputException("username", "u kunt uzelf niet uitschakelen");
                    }
                    audited.run(user.getName(), action.equals("enable") ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, Auditing.Subject.account(username), () -> state(before),
                            () -> accounts.changeEnabled(username, action.equals("enable")), AccountPages::state);
                }
                case "unlock" -> audited.run(user.getName(), AuditAction.ACCOUNT_UNLOCKED, Auditing.Subject.account(username), null, () -> {
                    accounts.unlock(username);
                    return before;
                }, a -> Map.of("unlocked", true));
                case "password" -> audited.run(user.getName(), AuditAction.ACCOUNT_PASSWORD_RESET, Auditing.Subject.account(username), null, () -> {
                    accounts.changePassword(username, password);
                    return before;
                }, a -> Map.of("passwordReset", true));
                default -> throw new InvalidInputException("action", "onbekende handeling");
            }
            flash.addFlashAttribute("message", "account.changed");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("accountError", e.describe());
        }
        return "redirect:/beheer/accounts";
    }

    private static Set<Role> parse(List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(r -> set.add(Role.parse(r)));
        }
        return set;
    }

    private static Map<String, Object> state(Account a) {
        return Map.of("username", a.username(), "displayName", a.displayName(),
                "roles", a.roles().stream().map(Role::name).sorted().toList(), "enabled", a.enabled());
    }
}
