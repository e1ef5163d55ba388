package nl.openbaar.publication;

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

/** Publications as the back office sees them: every status, for the publishers' queue and the request page. */
@Service
@Transactional(readOnly = true)
public class BackOfficePublications {

    private final JdbcPublications publications;
    private final PublicationFiles files;

    public BackOfficePublications(JdbcPublications publications, PublicationFiles files) {
        this.publications = publications;
        this.files = files;
    }

    /** Where a file's bytes are, for the publisher's preview before approval. */
    public java.nio.file.Path content(PublishedFile f) {
        return files.path(f.sha256());
    }

    public List<Publicatie> forRequest(String kenmerk) {
        return publications.forRequest(kenmerk);
    }

    public List<Publicatie> withStatus(PublicationStatus... statuses) {
        return publications.withStatus(statuses);
    }

    public Optional<Publicatie> find(String publicId) {
        return publications.byPublicId(publicId);
    }

    public List<PublishedFile> files(Publicatie p) {
        return publications.files(p.id());
    }

    public List<HistoryEntry> history(Publicatie p) {
        return publications.history(p.id());
    }

    public Optional<PublishedFile> file(String publicId) {
        return publications.fileByPublicId(publicId);
    }

}
