package nl.openbaar.web;

import java.util.List;
import nl.openbaar.publication.ReadingPortal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The portal's start page, the login page and the page shown when access is refused. */
@Controller
class SiteController {

    private final ReadingPortal portal;
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    SiteController(ReadingPortal portal, ObjectProvider<ClientRegistrationRepository> oidc) {
        this.portal = portal;
        this.oidc = oidc;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("decisions", portal.decisions(new ReadingPortal.Filter(null, null, null, null), 5, 0));
        return "site/home";
    }

    @GetMapping("/login")
    String login(Model model) {
        List<ClientRegistration> providers = List.of();
        if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository repo) {
            providers = java.util.stream.StreamSupport.stream(repo.spliterator(), false).toList();
        }
        model.addAttribute("providers", providers);
        return "site/login";
    }

    @RequestMapping("/geen-toegang")
    String forbidden() {
        return "error/403";
    }
}
