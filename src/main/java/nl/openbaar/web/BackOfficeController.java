package nl.openbaar.web;

import nl.openbaar.request.FindingRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The back office: requests by urgency, and one request with its timeline and deadlines. */
@Controller
class BackOfficeController {

    private final FindingRequests requests;

    BackOfficeController(FindingRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/beheer")
    String home() {
        return "redirect:/beheer/verzoeken";
    }

    @GetMapping("/beheer/verzoeken")
    String list(Model model) {
        model.addAttribute("requests", requests.byUrgency());
        return "backoffice/requests";
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}")
    String show(@PathVariable String kenmerk, Model model) {
        model.addAttribute("v", requests.get(kenmerk));
        return "backoffice/request";
    }
}
