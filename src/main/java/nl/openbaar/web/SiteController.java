package nl.openbaar.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public entry pages and the login page. */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }

    @GetMapping("/login")
    String login() {
        return "site/login";
    }
}
