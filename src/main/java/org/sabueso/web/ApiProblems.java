package org.sabueso.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sabueso.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as RFC 9457 problem+json: the field at fault in {@code field} and
 * all of them in {@code errors}; never a stack trace. Unexpected failures are logged here and
 * answered with a 500 that says nothing of the inside.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Refusals refusals;

    ApiProblems(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, jakarta.servlet.http.HttpServletRequest request) {
        java.util.Locale language = Refusals.apiLanguage(request);
        HttpStatus status = switch (e) {
            case DomainException.InvalidInput i -> HttpStatus.BAD_REQUEST;
            case DomainException.NotFound n -> HttpStatus.NOT_FOUND;
            case DomainException.NotAllowed n -> HttpStatus.FORBIDDEN;
            case DomainException.Conflict c -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, refusals.apiText(e, language));
        if (!e.refusal().isSentence()) {
            p.setProperty("code", e.code());
        }
        if (e instanceof DomainException.InvalidInput invalid) {
            p.setProperty("field", invalid.field());
            p.setProperty("errors", invalid.errors().entrySet().stream().map(x -> refusalItem(x.getKey(),
                    refusals.apiText(x.getValue(), language), x.getValue())).toList());
        }
        return problem(p);
    }

    /** A value type's refusal that no controller tied to a field: its code, worded in the API's language. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, jakarta.servlet.http.HttpServletRequest request) {
        org.sabueso.shared.Refusal r = org.sabueso.shared.InvalidValue.refusalOf(e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.apiText(r, Refusals.apiLanguage(request)));
        if (!r.isSentence()) {
            p.setProperty("code", r.code());
        }
        return problem(p);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        DatabaseRefusals.Meaning meaning = DatabaseRefusals.of(e);
        // the SQLState only: the database's message quotes the values sent
        log.info("Refused by the database: SQLState {}", DatabaseRefusals.sqlState(e));
        return problem(ProblemDetail.forStatusAndDetail(meaning.status(), meaning.detail()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid value for '" + e.getName() + "'");
        p.setProperty("field", e.getName());
        // the same codes as RequestValues gives for such text elsewhere
        Class<?> wanted = e.getRequiredType();
        if (wanted == java.util.UUID.class) {
            p.setProperty("code", RequestRefusal.NOT_A_UUID.code());
        } else if (wanted != null && wanted.isEnum()) {
            p.setProperty("code", RequestRefusal.NOT_A_CHOICE.code());
        }
        return problem(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure in the API", Redacted.of(e));
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(fe.getField(), fe.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request: "
                + errors.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).findFirst().orElse(""));
        if (!errors.isEmpty()) {
            p.setProperty("field", errors.keySet().iterator().next());
        }
        p.setProperty("errors", errorList(errors));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request parameters");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<BodyLimit.TooLarge> tooLarge = JsonErrors.cause(e, BodyLimit.TooLarge.class);
        if (tooLarge.isPresent()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, BodyLimit.detail(tooLarge.get().limit));
            p.setProperty("limit", tooLarge.get().limit);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        // a control character is refused alike whether it came escaped (read, then refused by
        // StorableStrings) or raw (refused by the parser: JSON wants it escaped)
        boolean raw = JsonErrors.rawControl(e);
        Optional<String> field = raw ? JsonErrors.fieldBeingRead(e) : JsonErrors.field(e);
        boolean refused = raw || JsonErrors.cause(e, StorableStrings.Refused.class).isPresent();
        RequestRefusal code = refused ? RequestRefusal.UNSTORABLE_TEXT : RequestRefusal.NOT_JSON;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused
                ? "'" + field.orElse("body") + "' " + UnstorableInput.DETAIL
                : "the body is not valid JSON for this request" + JsonErrors.describe(e));
        p.setProperty("code", code.code());
        field.ifPresent(f -> {
            p.setProperty("field", f);
            p.setProperty("errors", List.of(Map.of("field", f, "message", p.getDetail(), "code", code.code())));
        });
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** One field's refusal: its field, its message in the API's language, and its code unless it is a sentence. */
    private static Map<String, String> refusalItem(String field, String message, org.sabueso.shared.Refusal r) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("field", field);
        item.put("message", message);
        if (!r.isSentence()) {
            item.put("code", r.code());
        }
        return item;
    }

    private static List<Map<String, String>> errorList(Map<String, String> errors) {
        return errors.entrySet().stream().map(x -> Map.of("field", x.getKey(), "message", x.getValue())).toList();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
        p.setType(URI.create("about:blank"));
        return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
