package org.sabueso.federation.notices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payload of a {@code notice.state} message: a notice as the receiving node may see it, with
 * its subject, the subject's photos and the reward offers on it. Plain values only (codes as
 * strings, dates as ISO), so that the message's schema is this record and not the shape of the
 * modules' own types, which may change with a release while the other nodes still run the previous.
 */
public record NoticeState(UUID id, String reference, String status, String issuingAgencyId, String issuingCountry,
                   List<String> offences, String summary, String warrantReference, String legalBasis,
                   String requestedAction, String sharingScope, List<String> partnerAgencyIds, LocalDate reviewBy,
                   String createdBy, Instant activatedAt, Subject subject, List<Photo> photos, List<Offer> offers) {

    public NoticeState {
        offences = offences == null ? List.of() : List.copyOf(offences);
        partnerAgencyIds = partnerAgencyIds == null ? List.of() : List.copyOf(partnerAgencyIds);
        photos = photos == null ? List.of() : List.copyOf(photos);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** The notice's subject: the name as written and as parsed, and each fact. */
    public record Subject(UUID id, String externalId, String writtenName, String givenNames, String firstSurname,
                   String secondSurname, String particles, List<Alias> aliases, Integer birthYear, Integer birthMonth,
                   Integer birthDay, List<String> nationalities, List<Document> documents, String sex, Integer heightCm,
                   String build, String marks, String assertedBy) {

        public Subject {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public record Alias(String name, boolean nickname) {
    }

    public record Document(String type, String number, String country) {
    }

    /** A photo of the subject, its cleaned bytes (base64 in JSON). */
    public record Photo(UUID id, String contentType, byte[] bytes, int width, int height, String attachedBy,
                 String attachedByAgency, Instant attachedAt) {
    }

    /** A reward offer on the notice, as the owner's offer table holds it. */
    public record Offer(UUID id, String offeringAgencyId, BigDecimal amount, String currency, LocalDate validFrom,
                 LocalDate validUntil, String conditions, String legalBasis, String createdBy, Instant createdAt) {
    }
}
