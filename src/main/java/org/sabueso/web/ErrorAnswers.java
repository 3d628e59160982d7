package org.sabueso.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.DomainException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error dispatch, in place of Spring Boot's: every error that no controller answered (a
 * 404 or 405 found before any handler, a 415, a failure escaping a page) becomes problem+json for
 * API clients and JSON data, and the site's error page for browsers, with the security headers.
 * {@code /error} opened directly is a page that does not exist: 404, never a 500.
 */
@Controller
class ErrorAnswers implements ErrorController {

    private final Refusals refusals;

    ErrorAnswers(Refusals refusals) {
        this.refusals = refusals;
    }

    private static final Map<Integer, String> VIEWS = new ConcurrentHashMap<>();

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer s ? s : HttpStatus.NOT_FOUND.value();
        if (path == null) {
            path = request.getRequestURI();
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            status = statusOf(failure, status);
        }
        EdgeAnswers.securityHeaders(response);
        if (EdgeAnswers.wantsProblem(request, path)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(EdgeAnswers.problem(status, detail(status, failure, request), null, path));
        }
        ModelAndView page = new ModelAndView(view(status), HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("field", request.getAttribute(UnstorableInput.FIELD));
        return page;
    }

    /** Why the request was refused, in words that name the reason and nothing of the inside. */
    private String detail(int status, Throwable failure, HttpServletRequest request) {
        if (failure instanceof DomainException d && status < 500) {
            return refusals.apiText(d, Refusals.apiLanguage(request));
        }
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here; see the Allow header";
            case 406 -> "no representation of this resource matches the Accept header";
            case 413 -> "payload too large";
            case 415 -> "this content type is not accepted here; see the API documentation for the route's media type";
            case 429 -> "too many requests; try again later";
            default -> status >= 500 ? "an unexpected error occurred; it has been logged"
                    : HttpStatus.resolve(status) == null ? "the request was refused" : HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    /** The status a failure that escaped a page controller stands for (a page's DomainException included). */
    static int statusOf(Throwable failure, int fallback) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            switch (t) {
                case DomainException.NotFound n -> { return 404; }
                case DomainException.NotAllowed n -> { return 403; }
                case DomainException.InvalidInput i -> { return 400; }
                case DomainException.Conflict c -> { return 409; }
                case ResponseStatusException r -> { return r.getStatusCode().value(); }
                default -> { }
            }
        }
        return fallback;
    }

    /** error/404 and the like when the site has a page for that status, else the common error page. */
    private static String view(int status) {
        return VIEWS.computeIfAbsent(status, s -> new ClassPathResource("templates/error/" + s + ".html").exists()
                ? "error/" + s : "error");
    }
}
