package nl.openbaar.publication;

import java.time.Clock;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes: a publisher approves a prepared publication, or sends it back with a reason. The
 * one who prepared it, or anyone on the case team, cannot approve it: that is the point of four eyes.
 */
@Service
public class ApprovingPublication {

    private final JdbcPublications publications;
    private final CaseTeams teams;
    private final Clock clock;

    public ApprovingPublication(JdbcPublications publications, CaseTeams teams, Clock clock) {
        this.publications = publications;
        this.teams = teams;
        this.clock = clock;
    }

    @Transactional
    public Publicatie approve(String publicId, String publisher) {
        Publicatie p = awaiting(publicId);
        if (p.preparedBy().equals(publisher) || (p.kenmerk() != null && teams.isMember(p.kenmerk(), publisher))) {
            throw new InvalidInputException("approver", "wie de zaak behandelt of de publicatie voorbereidde, keurt haar niet goed"
                    + " (vier ogen): een andere publicatiemedewerker moet dit doen");
        }
        publications.approve(p.id(), publisher, clock.instant());
        return publications.byId(p.id()).orElseThrow();
    }

    @Transactional
    public Publicatie reject(String publicId, String reason, String publisher) {
        Publicatie p = awaiting(publicId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "geef aan waarom de publicatie wordt teruggestuurd");
        }
        publications.reject(p.id(), reason.strip());
        return publications.byId(p.id()).orElseThrow();
    }

    private Publicatie awaiting(String publicId) {
        Publicatie p = publications.byPublicId(publicId).orElseThrow(() -> new NotFoundException("publicatie bestaat niet"));
        if (p.status() != PublicationStatus.AWAITING_APPROVAL) {
            throw new InvalidInputException("status", "deze publicatie wacht niet op goedkeuring (" + p.status() + ")");
        }
        return p;
    }
}
