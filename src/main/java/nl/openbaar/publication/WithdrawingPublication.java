package nl.openbaar.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.account.Role;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PdfPages;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.publication.model.WithdrawReason;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a published document, or a whole publication, off the portal, with a reason that the public history
 * shows; optionally puts a corrected file in the document's place, after the verification gate found none of the
 * case's redacted texts and no requester data in it. Search forgets the file first, before the
 * database records the withdrawal, so there is no moment in which a withdrawn document can still be found.
 */
@Service
public class WithdrawingPublication {

    private final JdbcPublications publications;
    private final PublicationFiles files;
    private final PortalSearch search;
    private final FindingRequests requests;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final FindingRedactions redactions;
    private final CasePolicy policy;
    private final VerifyingRedaction gate = new VerifyingRedaction();

    public WithdrawingPublication(JdbcPublications publications, PublicationFiles files, PortalSearch search, FindingRequests requests,
            PlatformTransactionManager transactions, Clock clock, FindingRedactions redactions, CasePolicy policy) {
        this.redactions = redactions;
        this.policy = policy;
        this.publications = publications;
        this.files = files;
        this.search = search;
        this.requests = requests;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Withdraws one file; with a replacement, the corrected PDF takes its place (same inventory number) and the
     * history says "vervangen".
     */
    public PublishedFile withdrawFile(String filePublicId, WithdrawReason reason, String note, Path replacement, Actor actor) {
        PublishedFile f = publications.fileByPublicId(filePublicId).orElseThrow(() -> new NotFoundException("bestand bestaat niet"));
        Publicatie p = publications.byId(f.publicationId()).orElseThrow();
        policy.requireRole(actor, Role.PUBLISHER);
        if (replacement != null) {
            // What replaces a published document goes public as the package did: through a second pair of eyes.
            policy.requireSecondEyes(actor, p.kenmerk(), p.preparedBy());
        }
        if (p.status() != PublicationStatus.PUBLISHED || f.withdrawn()) {
            throw new InvalidInputException("file", "dit bestand is niet (meer) gepubliceerd");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "kies een reden");
        }
        int pages = replacement == null ? 0 : checkReplacement(p, replacement);
        search.remove(f);
        PublishedFile newFile = tx.execute(status -> {
            publications.withdrawFile(f.id(), reason, blankToNull(note), clock.instant());
            if (replacement == null) {
                publications.addHistory(p.id(), f.id(), clock.instant(), "withdrawn", reason.name(), blankToNull(note));
                return null;
            }
            String sha = files.store(replacement);
            long size;
            try {
                size = Files.size(replacement);
            } catch (IOException e) {
                throw new InvalidInputException("replacement", "het nieuwe bestand is onleesbaar");
            }
            long id = publications.insertFile(new PublishedFile(0, PublicIds.next(), p.id(), f.kind(), f.inventoryNumber(), f.title(),
                    f.judgement(), f.grounds(), f.documentDate(), f.mediaType(), f.fileName(), sha, size, pages, false, null, null, null,
                    f.id(), f.position(), f.documentType(), f.sourcePages()));
            publications.addHistory(p.id(), f.id(), clock.instant(), "replaced", reason.name(), blankToNull(note));
            return publications.fileById(id).orElseThrow();
        });
        if (newFile != null) {
            search.add(p, newFile);
            return newFile;
        }
        return publications.fileById(f.id()).orElseThrow();
    }

    /** Takes the whole decision off the portal; its page keeps the public history. */
    public Publicatie withdrawPublication(String publicId, WithdrawReason reason, String note, Actor actor) {
        policy.requireRole(actor, Role.PUBLISHER);
        Publicatie p = publications.byPublicId(publicId).orElseThrow(() -> new NotFoundException("publicatie bestaat niet"));
        if (p.status() != PublicationStatus.PUBLISHED) {
            throw new InvalidInputException("status", "deze publicatie is niet gepubliceerd");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "kies een reden");
        }
        publications.files(p.id()).forEach(search::remove);
        return tx.execute(status -> {
            publications.updateStatus(p.id(), PublicationStatus.WITHDRAWN);
            publications.addHistory(p.id(), null, clock.instant(), "publication-withdrawn", reason.name(), blankToNull(note));
            return publications.byId(p.id()).orElseThrow();
        });
    }

    private int checkReplacement(Publicatie p, Path replacement) {
        PdfPages.Read read;
        try {
            read = PdfPages.read(replacement);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("replacement", "het nieuwe bestand is geen leesbare PDF");
        }
        PersonalDataCheck check = new PersonalDataCheck(requests.get(p.kenmerk()).verzoek().verzoeker());
        for (int i = 0; i < read.pages().size(); i++) {
            if (!check.found(read.pages().get(i)).isEmpty()) {
                throw new InvalidInputException("replacement", "pagina " + (i + 1) + " bevat gegevens van de verzoeker");
            }
        }
        for (String m : read.metadata()) {
            if (!check.found(m).isEmpty()) {
                throw new InvalidInputException("replacement", "de metadata bevatten gegevens van de verzoeker");
            }
        }
        // A replacement goes through the same independent gate as the package did: nothing accepted for redaction
        // anywhere in the case may be in it (text layer, streams, revisions, metadata, OCR of image pages).
        List<Secret> secrets = new ArrayList<>();
        for (Redaction r : redactions.forRequest(requests.get(p.kenmerk()).verzoek().id())) {
            if (r.status() == RedactionStatus.ACCEPTED && r.coveredText() != null && !r.coveredText().isBlank()
                    && !"functienaam".equals(r.category())) {
                secrets.add(new Secret(1, r.category(), r.coveredText(), false));
            }
        }
        DocumentVerdict verdict = gate.check("vervanging", replacement, secrets, List.of());
        if (!verdict.passed()) {
            throw new InvalidInputException("replacement", "de controle vond in het nieuwe bestand gegevens die in deze zaak zijn"
                    + " weggelakt: " + String.join("; ", verdict.leaks().stream().map(l -> l.describe()).toList()));
        }
        return read.pages().size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
