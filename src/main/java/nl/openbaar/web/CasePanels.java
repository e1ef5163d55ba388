package nl.openbaar.web;

import nl.openbaar.account.Role;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.request.model.VerzoekView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of the request page that come from other capabilities: publications now; documents, review and
 * letters as those capabilities provide them.
 */
@Component
class CasePanels {

    private final BackOfficePublications publications;

    CasePanels(BackOfficePublications publications) {
        this.publications = publications;
    }

    void addTo(Model model, VerzoekView v, Authentication user) {
        String kenmerk = v.verzoek().kenmerk();
        model.addAttribute("publications", publications.forRequest(kenmerk));
        model.addAttribute("decisionKinds", PreparingPublication.DECISION_KINDS);
        model.addAttribute("isPublisher", user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.PUBLISHER.authority())));
    }
}
