package nl.openbaar.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an approved publication on the portal: status, public history, the request's timeline, then the search
 * index. The index is written only after the database commit, so search never shows what is not public.
 */
@Service
public class PublishingDecision {

    private final JdbcPublications publications;
    private final PortalSearch search;
    private final RecordingEvent recording;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ReadingCaseStatus caseStatus;
    private final CasePolicy policy;

    public PublishingDecision(JdbcPublications publications, PortalSearch search, RecordingEvent recording,
            PlatformTransactionManager transactions, Clock clock, ReadingCaseStatus caseStatus, CasePolicy policy) {
        this.policy = policy;
        this.caseStatus = caseStatus;
        this.publications = publications;
        this.search = search;
        this.recording = recording;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The portal shows the decision's date and its sending: a case is published only once both are on its timeline. */
    private void requireDecidedAndSent(String kenmerk) {
        var status = caseStatus.of(kenmerk);
        if (status.dates().decided() == null || status.dates().sent() == null) {
            throw new InvalidInputException("besluit", "publiceren kan pas als het besluit is genomen en verzonden: leg op de"
                    + " tijdlijn van " + kenmerk + " eerst de besluitdatum en de verzenddatum vast");
        }
    }

    /** By a publisher under the same four eyes as the approval: never on the case, never its preparer. */
    public Publicatie publish(String publicId, Actor publisher) {
        Publicatie published = tx.execute(status -> {
            Publicatie p = publications.byPublicId(publicId).orElseThrow(() -> new NotFoundException("publicatie bestaat niet"));
            policy.requireSecondEyes(publisher, p.kenmerk(), p.preparedBy());
            if (p.status() != PublicationStatus.APPROVED) {
                throw new InvalidInputException("status", "alleen een goedgekeurde publicatie kan worden gepubliceerd (nu: "
                        + p.status() + ")");
            }
            if (p.source() == nl.openbaar.publication.model.PublicationSource.CASE) {
                requireDecidedAndSent(p.kenmerk());
            }
            publications.published(p.id(), clock.instant());
            publications.addHistory(p.id(), null, clock.instant(), "published", null, null);
            if (p.source() == nl.openbaar.publication.model.PublicationSource.CASE) {
                recording.record(p.kenmerk(), new NewEvent("published", LocalDate.now(clock), null, null, Map.of()),
                        // publication checked its own rule (four eyes) above; the publisher is no case-team member
                        Actor.system(publisher.username()));
            }
            return publications.byId(p.id()).orElseThrow();
        });
        for (PublishedFile f : publications.files(published.id())) {
            search.add(published, f);
        }
        return published;
    }
}
