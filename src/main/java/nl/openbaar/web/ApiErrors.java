package nl.openbaar.web;

import java.util.Map;
import java.util.stream.Collectors;
import nl.openbaar.shared.ForbiddenException;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad input is a 400 naming the field (also a JSON value of the wrong type, or a date that is none); an unknown reference a 404. */
@RestControllerAdvice(assignableTypes = RequestApi.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", e.field(), "message", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, String>> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    /** A body that is not JSON, or a field of the wrong type (a date like "gisteren"): the field from Jackson's path. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        Throwable t = e;
        while (t != null) {
            if (t instanceof tools.jackson.core.JacksonException d && !d.getPath().isEmpty()) {
                field = d.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."));
                break;
            }
            t = t.getCause();
        }
        return invalid(new InvalidInputException(field, field.equals("body") ? "geen geldige JSON" : "waarde van de verkeerde soort"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badParameter(Exception e) {
        return invalid(parameterProblem(e));
    }

    static InvalidInputException parameterProblem(Exception e) {
        if (e instanceof MissingServletRequestParameterException m) {
            return new InvalidInputException(m.getParameterName(), "ontbreekt");
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return new InvalidInputException(m.getName(), "waarde van de verkeerde soort");
        }
        return new InvalidInputException("formulier", "ongeldige invoer");
    }
}
