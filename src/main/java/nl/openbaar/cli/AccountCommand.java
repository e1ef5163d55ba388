package nl.openbaar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.openbaar.account.Account;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar account …}: the back office's accounts from the command line — above all the first administrator
 * of a new installation, who then manages everyone else in the browser. Every change is in the audit log, with
 * "cli" as the actor unless {@code --by} names one.
 */
@Command(name = "account", description = "Accounts van de backoffice: aanmaken (ook de eerste beheerder), rollen, zaakteams.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class, AccountCommand.Roles.class,
                AccountCommand.Enable.class, AccountCommand.Password.class, AccountCommand.Team.class})
public class AccountCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Set<Role> roles(List<String> values) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    roles.add(Role.parse(part));
                }
            }
        }
        return roles;
    }

    /** A password read from standard input (first line), or a new random one that is printed once. */
    static String password(boolean fromStdin, PrintWriter out, String username) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new InvalidInputException("password", "geen wachtwoord op standaardinvoer");
                }
                return line.strip();
            } catch (IOException e) {
                throw new InvalidInputException("password", "standaardinvoer kon niet worden gelezen");
            }
        }
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder p = new StringBuilder();
        // Drawn again in the rare case it holds the user name, which the password rules refuse.
        while (p.isEmpty() || !Accounts.acceptablePassword(username, p.toString())) {
            p.setLength(0);
            for (int i = 0; i < 20; i++) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        out.println("Wachtwoord (wordt niet opgeslagen, alleen de hash; geef het veilig door): " + p);
        return p.toString();
    }

    static Map<String, Object> view(Account a) {
        return Map.of("username", a.username(), "name", a.displayName(), "enabled", a.enabled(),
                "roles", a.roles().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
    }

    @Command(name = "add", description = "Maak een account aan; zonder --password-stdin wordt een wachtwoord gegenereerd.")
    static class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GEBRUIKERSNAAM")
        String username;
        @Option(names = "--name", description = "weergavenaam")
        String name;
        @Option(names = "--role", required = true, split = ",",
                description = "behandelaar, jurist, publicatie, beheerder (herhaalbaar of met komma's)")
        List<String> roles;
        @Option(names = "--password-stdin", description = "lees het wachtwoord (12–72 tekens) van standaardinvoer")
        boolean stdin;
        @Option(names = "--by", defaultValue = "cli", description = "wie dit doet, voor het auditlog")
        String by;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Set<Role> r = roles(roles);
            String password = password(stdin, json ? new PrintWriter(spec.commandLine().getErr(), true) : out, username);
            Account a = Cli.bean(Accounts.class).create(username, name, password, r);
            Cli.bean(Auditing.class).record(by, AuditAction.ACCOUNT_CREATED, Auditing.Subject.account(a.username()), null, view(a));
            if (json) {
                Cli.printJson(out, view(a));
            } else {
                out.println("Account " + a.username() + " aangemaakt met " + r.stream().map(Role::label).toList());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "Alle accounts met hun rollen.")
    static class ListAccounts implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Account> all = Cli.bean(Accounts.class).all();
            if (json) {
                Cli.printJson(out, all.stream().map(AccountCommand::view).toList());
            } else {
                for (Account a : all) {
                    out.printf("%-24s %-30s %-9s %s%n", a.username(), a.displayName(), a.enabled() ? "actief" : "uit",
                            a.roles().stream().map(Role::label).sorted().toList());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "roles", description = "Vervang de rollen van een account.")
    static class Roles implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GEBRUIKERSNAAM")
        String username;
        @Option(names = "--role", required = true, split = ",")
        List<String> roles;
        @Option(names = "--by", defaultValue = "cli")
        String by;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Accounts accounts = Cli.bean(Accounts.class);
            Account before = accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
            Account after = accounts.changeRoles(username, roles(roles));
            Cli.bean(Auditing.class).record(by, AuditAction.ACCOUNT_ROLES_CHANGED, Auditing.Subject.account(username), view(before), view(after));
            spec.commandLine().getOut().println("Rollen van " + username + ": " + after.roles().stream().map(Role::label).toList());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "enable", description = "Zet een account aan of uit (--off).")
    static class Enable implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GEBRUIKERSNAAM")
        String username;
        @Option(names = "--off", description = "zet het account uit")
        boolean off;
        @Option(names = "--by", defaultValue = "cli")
        String by;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Accounts accounts = Cli.bean(Accounts.class);
            Account before = accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
            Account after = accounts.changeEnabled(username, !off);
            Cli.bean(Auditing.class).record(by, off ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED, Auditing.Subject.account(username),
                    view(before), view(after));
            spec.commandLine().getOut().println(username + (off ? " staat uit" : " staat aan"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "password", description = "Nieuw wachtwoord (en de blokkering na mislukte pogingen opheffen).")
    static class Password implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GEBRUIKERSNAAM")
        String username;
        @Option(names = "--password-stdin")
        boolean stdin;
        @Option(names = "--by", defaultValue = "cli")
        String by;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Accounts accounts = Cli.bean(Accounts.class);
            accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
            accounts.changePassword(username, password(stdin, spec.commandLine().getOut(), username));
            accounts.unlock(username);
            Cli.bean(Auditing.class).record(by, AuditAction.ACCOUNT_PASSWORD_RESET, Auditing.Subject.account(username), null, null);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "team", description = "Zet een account in het zaakteam van een verzoek (of haal het eruit met --remove).")
    static class Team implements Callable<Integer> {
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Parameters(index = "0", paramLabel = "GEBRUIKERSNAAM")
        String username;
        @Option(names = "--remove")
        boolean remove;
        @Option(names = "--by", defaultValue = "cli")
        String by;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CaseTeams teams = Cli.bean(CaseTeams.class);
            String k = Cli.bean(nl.openbaar.request.FindingRequests.class).get(kenmerk).verzoek().kenmerk();
            // The team change audits itself (CaseTeams), in the one vocabulary; --by names who asks for it.
            if (remove) {
                teams.remove(k, username, by);
            } else {
                teams.add(k, username, by);
            }
            spec.commandLine().getOut().println("Zaakteam van " + k + ": " + teams.members(k));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
