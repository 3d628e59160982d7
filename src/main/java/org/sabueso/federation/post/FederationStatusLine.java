package org.sabueso.federation.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.sabueso.federation.FederationStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The line the console shows on a federated node, above all at a border post, where the officer
 * screens against a copy: how fresh the copy is and, while the broker is out of reach, for how
 * long ("notices as of 14:02, link down 37 min"). Nothing on a service that is one node for all.
 * Times are in the service's zone ({@link Clock}), today's as the hour, older ones with the day.
 */
@Component("federationStatusLine")
public class FederationStatusLine {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_HOUR = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final ObjectProvider<FederationStatus> status;
    private final MessageSource messages;
    private final Clock clock;

    FederationStatusLine(ObjectProvider<FederationStatus> status, MessageSource messages, Clock clock) {
        this.status = status;
        this.messages = messages;
        this.clock = clock;
    }

    /** The line in the reader's language, or null when this service is not a node of a federation. */
    public String line(Locale locale) {
        FederationStatus s = status.getIfAvailable();
        if (s == null || !s.federated()) {
            return null;
        }
        Optional<Instant> applied = s.lastApplied();
        String copy = applied.map(at -> messages.getMessage("federation.status.asOf", new Object[] {time(at)}, locale))
                .orElseGet(() -> messages.getMessage("federation.status.nothingYet", null, locale));
        return s.linkDownSince().map(since -> messages.getMessage("federation.status.linkDown",
                        new Object[] {copy, minutesSince(since)}, locale))
                .orElse(copy);
    }

    /** Whether the link is down now: the page marks the line as a warning then. */
    public boolean linkDown() {
        FederationStatus s = status.getIfAvailable();
        return s != null && s.federated() && s.linkDownSince().isPresent();
    }

    private String time(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        return (local.toLocalDate().equals(LocalDate.now(clock)) ? HOUR : DAY_AND_HOUR).format(local);
    }

    /** Whole minutes, as text: a duration is read, not grouped as a quantity. */
    private String minutesSince(Instant since) {
        return String.valueOf(Math.max(0, Duration.between(since, clock.instant()).toMinutes()));
    }
}
