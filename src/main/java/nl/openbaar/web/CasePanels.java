package nl.openbaar.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.openbaar.account.Role;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.work.TrackingProgress;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of the request page that come from other capabilities: documents (with filters by family,
 * thread, duplicates and state) and the progress of their reading, and publications.
 */
@Component
public class CasePanels {

    /** The request page's document filters, from the query string. */
    public record DocumentFilter(Long family, Long thread, String duplicates, String state) {

        Predicate<Document> predicate() {
            return d -> (family == null || d.familyId() == family)
                    && (thread == null || thread.equals(d.threadId()))
                    && (duplicates == null || duplicates.isBlank() || (duplicates.equals("alleen") == d.isDuplicate()))
                    && (state == null || state.isBlank() || state.equals("fout") == d.failed());
        }

        public boolean active() {
            return family != null || thread != null || (duplicates != null && !duplicates.isBlank())
                    || (state != null && !state.isBlank());
        }
    }

    private final BackOfficePublications publications;
    private final Documents documents;
    private final TrackingProgress progress;

    CasePanels(BackOfficePublications publications, Documents documents, TrackingProgress progress) {
        this.publications = publications;
        this.documents = documents;
        this.progress = progress;
    }

    void addTo(Model model, VerzoekView v, Authentication user, DocumentFilter filter) {
        String kenmerk = v.verzoek().kenmerk();
        List<Document> all = documents.forRequest(kenmerk);
        Map<Long, Document> byId = all.stream().collect(Collectors.toMap(Document::id, d -> d));
        model.addAttribute("documents", all.stream().filter(filter.predicate()).toList());
        model.addAttribute("documentCount", all.size());
        model.addAttribute("documentsById", byId);
        model.addAttribute("docFilter", filter);
        model.addAttribute("duplicateCount", all.stream().filter(Document::isDuplicate).count());
        model.addAttribute("failedCount", all.stream().filter(Document::failed).count());
        model.addAttribute("progress", progress.forRequest(kenmerk));
        model.addAttribute("publications", publications.forRequest(kenmerk));
        model.addAttribute("decisionKinds", PreparingPublication.DECISION_KINDS);
        model.addAttribute("isPublisher", user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.PUBLISHER.authority())));
    }
}
