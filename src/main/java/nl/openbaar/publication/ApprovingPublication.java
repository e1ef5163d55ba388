package nl.openbaar.publication;

import java.time.Clock;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.account.Role;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes: a publisher approves a prepared publication, or sends it back with a reason. The
 * one who prepared it, anyone on the case team, and anyone who ever worked on the case (by the audit log, so leaving
 * the team does not help) cannot approve it: that is the point of four eyes ({@link CasePolicy#requireSecondEyes}).
 */
@Service
public class ApprovingPublication {

    private final JdbcPublications publications;
    private final CasePolicy policy;
    private final Clock clock;

    public ApprovingPublication(JdbcPublications publications, CasePolicy policy, Clock clock) {
        this.publications = publications;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Publicatie approve(String publicId, Actor publisher) {
        Publicatie p = awaiting(publicId);
        policy.requireSecondEyes(publisher, p.kenmerk(), p.preparedBy());
        publications.approve(p.id(), publisher.username(), clock.instant());
        return publications.byId(p.id()).orElseThrow();
    }

    @Transactional
    public Publicatie reject(String publicId, String reason, Actor publisher) {
        policy.requireRole(publisher, Role.PUBLISHER);
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
