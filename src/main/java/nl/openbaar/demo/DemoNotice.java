package nl.openbaar.demo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the demo's problem (a step that could not run) on every page, so the portal does not just say "no decisions". */
@ControllerAdvice(annotations = Controller.class)
class DemoNotice {

    private final DemoStatus status;

    DemoNotice(DemoStatus status) {
        this.status = status;
    }

    @ModelAttribute
    void notice(Model model) {
        status.problem().ifPresent(p -> model.addAttribute("demoProblem", p));
    }
}
