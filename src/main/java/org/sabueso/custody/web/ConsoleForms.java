package org.sabueso.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the custody console's pages share: who may open them, the values typed into their forms
 * (dates and moments, in the platform's time zone), and the refusal carried back to the page.
 */
final class ConsoleForms {

    private ConsoleForms() {
    }

    /** The console is for staff; the public is asked to sign in. */
    static void staffOnly(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static ResponseStatusException forbidden() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    /**
     * Runs a change posted from a page: done, the flash says so; refused, the flash carries the
     * refusal for the page to translate; a record not found is the page's 404.
     */
    static void act(RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException.NotFound e) {
            throw notFound();
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
        }
    }

    /** The value, or null with the field's refusal added to {@code errors}. */
    static <T> T field(Map<String, Refusal> errors, String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException.InvalidInput e) {
            errors.put(name, e.refusal());
            return null;
        }
    }

    /** A moment typed into a datetime-local field, in the platform's time zone. */
    static Instant moment(Clock clock, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("occurredAt", CustodyRefusal.REQUIRED);
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("occurredAt", CustodyRefusal.DATE_TIME_FORMAT);
        }
    }

    /** A day typed as YYYY-MM-DD, or none. */
    static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput(field, CustodyRefusal.DATE_FORMAT);
        }
    }

    /** The day a page looks at: today unless a day from 1900 to today is asked for (a view, never refused). */
    static LocalDate viewedDay(Clock clock, String at) {
        LocalDate today = LocalDate.now(clock);
        try {
            LocalDate d = day("at", at);
            return d == null || d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(today) ? today : d;
        } catch (DomainException.InvalidInput e) {
            return today;
        }
    }
}
