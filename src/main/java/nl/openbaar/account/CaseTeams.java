package nl.openbaar.account;

import java.time.Clock;
import java.util.List;
import nl.openbaar.account.internal.JdbcCaseTeams;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which case. Case handlers and lawyers change a case only when they are on its team; whoever
 * registers a case joins it, a case nobody has taken yet may be taken by any case handler, and team members
 * add colleagues (a lawyer for the review, say). Publishers stay off teams: they are the second pair of eyes.
 */
@Service
public class CaseTeams {

    private final JdbcCaseTeams teams;
    private final Accounts accounts;
    private final Clock clock;

    public CaseTeams(JdbcCaseTeams teams, Accounts accounts, Clock clock) {
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<String> members(String kenmerk) {
        return teams.members(kenmerk);
    }

    public boolean isMember(String kenmerk, String username) {
        return teams.isMember(kenmerk, username);
    }

    public List<String> casesOf(String username) {
        return teams.casesOf(username);
    }

    /** Adds a colleague to a case team. Only case handlers and lawyers can be on a team. */
    @Transactional
    public void add(String kenmerk, String username, String by) {
        Account a = accounts.find(username).orElseThrow(() -> new NotFoundException("gebruiker " + username + " bestaat niet"));
        if (!a.has(Role.CASE_HANDLER) && !a.has(Role.LAWYER)) {
            throw new InvalidInputException("username", a.displayName() + " is geen behandelaar of jurist");
        }
        if (!a.enabled()) {
            throw new InvalidInputException("username", a.displayName() + " is uitgeschakeld");
        }
        if (!teams.isMember(kenmerk, username)) {
            teams.add(kenmerk, username, clock.instant(), by);
        }
    }

    @Transactional
    public void remove(String kenmerk, String username) {
        if (teams.members(kenmerk).size() == 1 && teams.isMember(kenmerk, username)) {
            throw new InvalidInputException("username", "een zaak houdt ten minste één behandelaar");
        }
        teams.remove(kenmerk, username);
    }
}
