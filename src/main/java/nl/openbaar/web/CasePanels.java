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
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.work.BackgroundWork;
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

    /**
     * The latest pipeline run for the request's publication package, as the background task recorded it.
     *
     * @param ready    a verified package from this or an earlier run is there to be put up for approval
     * @param findings what the gate found (document, page and category; never the text)
     */
    public record PackageRun(java.time.Instant at, boolean passed, int documents, int pages, int boxes, int notProcessed,
            List<String> warnings, List<String> findings, boolean ready, List<Place> places) {
    }

    /** A finding of the package check with where to act on it: the review screen at that page and place. */
    public record Place(String description, String category, String check, String file, Integer inventoryNumber, int page, String link) {

        static Place of(nl.openbaar.pipeline.GateFinding f) {
            String link = null;
            if (f.documentId() != null) {
                link = "/beheer/documenten/" + f.documentId() + "/beoordelen";
                if (f.box() != null && f.documentPage() > 0) {
                    link += String.format(java.util.Locale.ROOT, "#vlak=%d,%.1f,%.1f,%.1f,%.1f", f.documentPage(), f.box().x(), f.box().y(),
                            f.box().width(), f.box().height());
                } else if (f.documentPage() > 0) {
                    link += "#pagina-" + f.documentPage();
                }
            }
            return new Place(f.description(), f.category(), f.check(), f.file(), f.inventoryNumber(), f.documentPage(), link);
        }
    }

    private final BackOfficePublications publications;
    private final Documents documents;
    private final TrackingProgress progress;
    private final BuildingPackageInBackground building;
    private final BackgroundWork work;

    CasePanels(BackOfficePublications publications, Documents documents, TrackingProgress progress,
            BuildingPackageInBackground building, BackgroundWork work) {
        this.publications = publications;
        this.documents = documents;
        this.progress = progress;
        this.building = building;
        this.work = work;
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
        model.addAttribute("packageQueued", work.isScheduled(BuildingPackageInBackground.TASK, kenmerk));
        model.addAttribute("packageRun", packageRun(kenmerk));
        model.addAttribute("decisionKinds", PreparingPublication.DECISION_KINDS);
        model.addAttribute("isPublisher", user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.PUBLISHER.authority())));
    }

    private PackageRun packageRun(String kenmerk) {
        boolean ready = building.latest(kenmerk).isPresent();
        return building.lastResult(kenmerk)
                .map(r -> new PackageRun(r.at(), r.passed(), r.documents(), r.pages(), r.boxes(), r.notProcessed(), r.warnings(),
                        r.findings(), ready, r.places().stream().map(Place::of).toList()))
                .orElse(ready ? new PackageRun(null, true, 0, 0, 0, 0, List.of(), List.of(), true, List.of()) : null);
    }
}
