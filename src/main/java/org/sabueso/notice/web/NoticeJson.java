package org.sabueso.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Offences;
import org.sabueso.notice.Transition;
import org.sabueso.person.PersonView;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;

/** The JSON shapes of the notice API. */
final class NoticeJson {

    private NoticeJson() {
    }

    record SubjectRef(UUID id, String name) {
    }

    /**
     * An offence with its labels: {@code code} is a code of the coded list (EXTORTION) when
     * {@code coded}, else the text as the notice was written with it (then both labels are that text).
     */
    record Offence(String code, boolean coded, String es, String en) {
        static List<Offence> of(List<String> offences) {
            return offences.stream().map(o -> new Offence(o, Offences.isCode(o), Offences.label(o, Locale.ROOT),
                    Offences.label(o, Locale.ENGLISH))).toList();
        }
    }

    record Item(UUID id, String reference, String status, String issuingAgency, String issuingCountry,
                SubjectRef subject, List<String> offences, List<Offence> offenceLabels, String requestedAction,
                String sharingScope, LocalDate reviewBy, Instant updatedAt) {
        static Item of(NoticeSummary s) {
            return new Item(s.id(), s.reference(), s.status().name(), s.issuingAgencyId(), s.issuingCountry(),
                    new SubjectRef(s.subjectId(), s.subjectName()), s.offences(), Offence.of(s.offences()),
                    s.requestedAction().name(),
                    s.sharingScope().name(), s.reviewBy(), s.updatedAt());
        }
    }

    record ListPage(List<Item> items, long total, int page, int size) {
    }

    record Alias(String name, boolean nickname) {
    }

    record Document(String type, String number, String country) {
    }

    record Subject(UUID id, String externalId, String name, String givenNames, String firstSurname,
                   String secondSurname, String particles, List<Alias> aliases, String birthDate,
                   List<String> nationalities, List<Document> documents, String sex, Integer heightCm, String build,
                   String marks, String assertedBy) {
        static Subject of(PersonView p) {
            return new Subject(p.id(), p.externalId(), p.writtenName(), p.name().givenNames(), p.name().firstSurname(),
                    p.name().secondSurname(), p.name().particles(),
                    p.aliases().stream().map(a -> new Alias(a.name(), a.nickname())).toList(),
                    p.birthDate() == null ? null : p.birthDate().toString(),
                    p.nationalities().stream().map(CountryCode::value).toList(),
                    p.documents().stream().map(d -> new Document(d.type(), d.number(),
                            d.country() == null ? null : d.country().value())).toList(),
                    p.sex().name(), p.description().heightCm(), p.description().build(), p.description().marks(),
                    p.assertedBy());
        }
    }

    record Detail(UUID id, String reference, String status, String issuingAgency, String issuingCountry,
                  Subject subject, List<String> offences, List<Offence> offenceLabels, String summary, String warrantReference, String legalBasis,
                  String requestedAction, String sharingScope, Set<String> partnerAgencyIds, LocalDate reviewBy,
                  String createdBy, Instant createdAt, Instant updatedAt, Instant activatedAt, int version) {
        static Detail of(NoticeDetail n) {
            return new Detail(n.id(), n.reference(), n.status().name(), n.issuingAgencyId(), n.issuingCountry(),
                    Subject.of(n.subject()), n.offences(), Offence.of(n.offences()), n.summary(), n.warrantReference(), n.legalBasis(),
                    n.requestedAction().name(), n.sharingScope().name(), n.partnerAgencyIds(), n.reviewBy(),
                    n.createdBy(), n.createdAt(), n.updatedAt(), n.activatedAt(), n.version());
        }
    }

    record Step(String from, String to, String actor, String actorAgency, Instant at, String reason) {
        static Step of(Transition t, String reason) {
            return new Step(t.from() == null ? null : t.from().name(), t.to().name(), t.actor(), t.actorAgency(),
                    t.at(), reason);
        }
    }

    record Created(UUID id, String reference, String status) {
    }

    record ReasonInput(String reason) {
    }

    record ChecksInput(Boolean noPoliticalCharacter, Boolean noMilitaryCharacter, Boolean noReligiousCharacter,
                       Boolean noRacialCharacter) {
    }

    record ReviewInput(ChecksInput checks, Boolean approve, String comment) {

        /** The four Article 3 checks, once the review says approve or return and answers all four. */
        static ComplianceChecks checksOf(ReviewInput input) {
            if (input == null || input.approve() == null) {
                throw new DomainException.InvalidInput("approve", NoticeRefusal.APPROVE_REQUIRED);
            }
            ChecksInput c = input.checks();
            if (c == null || c.noPoliticalCharacter() == null || c.noMilitaryCharacter() == null
                    || c.noReligiousCharacter() == null || c.noRacialCharacter() == null) {
                throw new DomainException.InvalidInput("checks", NoticeRefusal.CHECKS_UNANSWERED);
            }
            return new ComplianceChecks(c.noPoliticalCharacter(), c.noMilitaryCharacter(), c.noReligiousCharacter(),
                    c.noRacialCharacter());
        }
    }

    record TransitionInput(String status, String reason) {
    }

    record RenewInput(String reviewBy, String reason) {
    }

    /** A released notice shared anew: narrower (a partner dropped) or wider, with the reason. */
    record ScopeInput(String sharingScope, Set<String> partnerAgencyIds, String reason) {
    }
}
