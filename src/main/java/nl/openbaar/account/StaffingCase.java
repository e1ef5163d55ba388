package nl.openbaar.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a case team, for every adapter: a case handler takes a case nobody has taken yet; the team adds
 * and removes colleagues. The change itself and its audit entry are {@link CaseTeams}'.
 */
@Service
public class StaffingCase {

    private final CaseTeams teams;
    private final CasePolicy policy;

    public StaffingCase(CaseTeams teams, CasePolicy policy) {
        this.teams = teams;
        this.policy = policy;
    }

    @Transactional
    public void take(String kenmerk, Actor actor) {
        policy.requireCaseWorkOrTake(actor, kenmerk);
        teams.add(kenmerk, actor.username(), actor.username());
    }

    @Transactional
    public void add(String kenmerk, String username, Actor actor) {
        policy.requireCaseWork(actor, kenmerk);
        teams.add(kenmerk, username, actor.username());
    }

    @Transactional
    public void remove(String kenmerk, String username, Actor actor) {
        policy.requireCaseWork(actor, kenmerk);
        teams.remove(kenmerk, username, actor.username());
    }
}
