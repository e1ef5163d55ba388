package nl.openbaar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every page's layout needs (the path for the language switch, the other language), and the error
 * pages for HTML requests: an unknown reference is a plain 404, whatever it was; nothing tells whether an
 * unpublished thing exists.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageModel {

    private final nl.openbaar.organisation.OrganisationSettings organisation;

    PageModel(nl.openbaar.organisation.OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("otherLang", "en".equals(locale.getLanguage()) ? "nl" : "en");
        // The scripts' CSRF token only for the back office: a public page without a form sets no cookie at all.
        model.addAttribute("signedIn", request.getUserPrincipal() != null);
        // The one organisation name every page shows, the same the letters and the Woo-index use.
        model.addAttribute("organisationName", organisation.organisation().name());
    }

    /** A use case refused the acting account: the same page as Spring Security's refusal. */
    @ExceptionHandler(nl.openbaar.shared.ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("problem", e.describe());
        return "error/400";
    }

    /** A missing field or one that is not a number or date where one is needed: a 400 naming it, never a 500. */
    @ExceptionHandler({org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Exception e, Model model) {
        model.addAttribute("problem", ApiErrors.parameterProblem(e).describe());
        return "error/400";
    }
}
