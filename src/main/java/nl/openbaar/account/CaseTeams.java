package nl.openbaar.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.internal.JdbcCaseTeams;
import nl.openbaar.audit.model.Acted;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which case. Case handlers and lawyers change a case only when they are on its team; whoever
 * registers a case joins it, a case nobody has taken yet may be taken by any case handler, and team members
 * add colleagues (a lawyer for the review, say). Publishers stay off teams: they are the second pair of eyes.
 * Every change of a team is audited here (the member as the subject), whoever asks for it, so the log knows who
 * was ever on a case; who may change a team is {@link StaffingCase}'s rule.
 */
@Service
public class CaseTeams {

    private final JdbcCaseTeams teams;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CaseTeams(JdbcCaseTeams teams, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
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
            List<String> before = teams.members(kenmerk);
            teams.add(kenmerk, username, clock.instant(), by);
            events.publishEvent(new Acted(by, AuditAction.CASE_TEAM_ADDED, "account", username, kenmerk, Map.of("team", before),
                    Map.of("team", teams.members(kenmerk))));
        }
    }

    @Transactional
    public void remove(String kenmerk, String username, String by) {
        if (!teams.isMember(kenmerk, username)) {
            return;
        }
        if (teams.members(kenmerk).size() == 1) {
            throw new InvalidInputException("username", "een zaak houdt ten minste één behandelaar");
        }
        List<String> before = teams.members(kenmerk);
        teams.remove(kenmerk, username);
        events.publishEvent(new Acted(by, AuditAction.CASE_TEAM_REMOVED, "account", username, kenmerk, Map.of("team", before),
                Map.of("team", teams.members(kenmerk))));
    }
}
