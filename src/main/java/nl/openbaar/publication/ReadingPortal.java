package nl.openbaar.publication;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.HistoryEntry;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see, and nothing else: published decisions, their public files and history. Anything
 * not public comes back empty, exactly as something that does not exist, so the portal answers 404 to both.
 */
@Service
@Transactional(readOnly = true)
public class ReadingPortal {

    /** A decision page: the publication, its files (withdrawn ones marked, without a link) and its history. */
    public record DecisionPage(Publicatie publication, List<PublishedFile> files, List<HistoryEntry> history) {
    }

    /** A public file and where its bytes are. */
    public record PublicFile(Publicatie publication, PublishedFile file, Path path) {
    }

    public record Filter(String organisation, LocalDate from, LocalDate to, String subject, String category) {

        public Filter(String organisation, LocalDate from, LocalDate to, String subject) {
            this(organisation, from, to, subject, null);
        }
    }

    private final JdbcPublications publications;
    private final PublicationFiles files;

    public ReadingPortal(JdbcPublications publications, PublicationFiles files) {
        this.publications = publications;
        this.files = files;
    }

    public List<Publicatie> decisions(Filter f, int limit, int offset) {
        return publications.published(blank(f.organisation()), f.from(), f.to(), blank(f.subject()), blank(f.category()),
                Math.min(Math.max(limit, 1), 100), Math.max(offset, 0));
    }

    /** Per information category code, how many publications are on the portal. */
    public java.util.Map<String, Integer> countsByCategory() {
        return publications.publishedPerCategory();
    }

    public List<String> organisations() {
        return publications.publishedOrganisations();
    }

    /** A published decision, or a withdrawn one (which shows only its history). */
    public Optional<DecisionPage> decision(String publicId) {
        if (!PublicIds.wellFormed(publicId)) {
            return Optional.empty();
        }
        return publications.byPublicId(publicId)
                .filter(p -> p.status() == PublicationStatus.PUBLISHED || p.status() == PublicationStatus.WITHDRAWN)
                .map(p -> new DecisionPage(p, p.status() == PublicationStatus.PUBLISHED ? publications.files(p.id()) : List.of(),
                        publications.history(p.id())));
    }

    /** A file that is public right now: not withdrawn, in a published decision. */
    public Optional<PublicFile> file(String publicId) {
        if (!PublicIds.wellFormed(publicId)) {
            return Optional.empty();
        }
        return publications.fileByPublicId(publicId).filter(PublishedFile::isPublic)
                .flatMap(f -> publications.byId(f.publicationId()).filter(p -> p.status().isPublic())
                        .map(p -> new PublicFile(p, f, files.path(f.sha256()))));
    }

    /** Every public file, oldest publication first: what the sitemaps list. */
    public List<PublicFile> allPublicFiles() {
        java.util.Map<Long, Publicatie> byId = new java.util.HashMap<>();
        return publications.publicFiles().stream()
                .map(f -> new PublicFile(byId.computeIfAbsent(f.publicationId(), id -> publications.byId(id).orElseThrow()), f,
                        files.path(f.sha256())))
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
