package org.sabueso.federation.notices;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;

import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.PersonCopies;
import org.sabueso.person.PersonView;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.reward.RewardOfferCopies;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Money;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Between {@link NoticeState}, the payload, and the modules' own types, both ways. Plain Java. */
final class NoticeStates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Photos travel inside the notice's message, newest first, while their bytes stay within this:
     * Kafka refuses a message over its {@code max.message.bytes} (1 MB by default), base64 makes
     * 600 KB of photos 800 KB, and the notice itself needs a few KB. A kept photo is a JPEG of at most
     * 1,200 px a side, typically 100–300 KB, so the main photo and one or two more cross.
     */
    static final int MAX_PHOTO_BYTES = 600_000;

    private NoticeStates() {
    }

    static NoticeState of(NoticeDetail n, List<PersonCopies.PhotoCopy> photos, List<RewardOfferCopies.OfferCopy> offers) {
        PersonView p = n.subject();
        PersonName name = p.name();
        PartialDate birth = p.birthDate();
        PhysicalDescription d = p.description() == null ? PhysicalDescription.NONE : p.description();
        NoticeState.Subject subject = new NoticeState.Subject(p.id(), p.externalId(), p.writtenName(),
                name == null ? null : name.givenNames(), name == null ? null : name.firstSurname(),
                name == null ? null : name.secondSurname(), name == null ? null : name.particles(),
                p.aliases().stream().map(a -> new NoticeState.Alias(a.name(), a.nickname())).toList(),
                birth == null ? null : birth.year(), birth == null ? null : birth.month(),
                birth == null ? null : birth.day(), p.nationalities().stream().map(CountryCode::value).sorted().toList(),
                p.documents().stream().map(x -> new NoticeState.Document(x.type(), x.number(),
                        x.country() == null ? null : x.country().value())).toList(),
                p.sex() == null ? null : p.sex().name(), d.heightCm(), d.build(), d.marks(), p.assertedBy());
        List<NoticeState.Photo> sent = new ArrayList<>();
        long bytes = 0;
        for (PersonCopies.PhotoCopy photo : photos) {
            bytes += photo.bytes().length;
            if (bytes > MAX_PHOTO_BYTES) {
                break;
            }
            sent.add(new NoticeState.Photo(photo.id(), photo.contentType(), photo.bytes(), photo.width(),
                    photo.height(), photo.attachedBy(), photo.attachedByAgency(), photo.attachedAt()));
        }
        return new NoticeState(n.id(), n.reference(), n.status().name(), n.issuingAgencyId(), n.issuingCountry(),
                n.offences(), n.summary(), n.warrantReference(), n.legalBasis(), n.requestedAction().name(),
                n.sharingScope().name(), n.partnerAgencyIds().stream().sorted().toList(), n.reviewBy(), n.createdBy(),
                n.activatedAt(), subject, sent,
                offers.stream().map(o -> new NoticeState.Offer(o.id(), o.offeringAgencyId(), o.amount().amount(),
                        o.amount().currency().getCurrencyCode(), o.validFrom(), o.validUntil(), o.conditions(),
                        o.legalBasis(), o.createdBy(), o.createdAt())).toList());
    }

    /** Reads a payload; a payload that is not a notice's state is refused as unreadable. */
    static NoticeState read(JsonNode payload) {
        NoticeState s;
        try {
            s = JSON.treeToValue(payload, NoticeState.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable notice.state payload: " + e.getMessage(), e);
        }
        if (s == null || s.id() == null || s.subject() == null || s.subject().id() == null || s.status() == null
                || s.issuingAgencyId() == null || s.sharingScope() == null) {
            throw new IllegalArgumentException("incomplete notice.state payload");
        }
        return s;
    }

    static NoticeCopy copy(NoticeState s, String fromNode) {
        return new NoticeCopy(s.id(), s.reference(), NoticeStatus.valueOf(s.status()), s.issuingAgencyId(),
                s.issuingCountry(), s.subject().id(), s.subject().writtenName(), s.offences(), s.summary(),
                s.warrantReference(), s.legalBasis(), RequestedAction.valueOf(s.requestedAction()),
                SharingScope.valueOf(s.sharingScope()), new LinkedHashSet<>(s.partnerAgencyIds()), s.reviewBy(),
                s.createdBy(), s.activatedAt(), fromNode);
    }

    static PersonView subject(NoticeState s) {
        NoticeState.Subject p = s.subject();
        PersonName name = p.givenNames() == null && p.firstSurname() == null
                ? PersonName.parse(p.writtenName())
                : new PersonName(p.givenNames(), p.firstSurname(), p.secondSurname(), p.particles());
        return new PersonView(p.id(), p.externalId(), p.writtenName(), name,
                p.aliases().stream().map(a -> new Alias(a.name(), a.nickname())).toList(),
                p.birthYear() == null ? null : new PartialDate(p.birthYear(), p.birthMonth(), p.birthDay()),
                new LinkedHashSet<>(p.nationalities().stream().map(CountryCode::new).toList()),
                p.documents().stream().map(x -> new IdentityDocument(x.type(), x.number(),
                        x.country() == null ? null : new CountryCode(x.country()))).toList(),
                p.sex() == null ? Sex.UNKNOWN : Sex.valueOf(p.sex()),
                new PhysicalDescription(p.heightCm(), p.build(), p.marks()), p.assertedBy());
    }

    static List<PersonCopies.PhotoCopy> photos(NoticeState s) {
        return s.photos().stream().map(p -> new PersonCopies.PhotoCopy(p.id(), p.contentType(), p.bytes(), p.width(),
                p.height(), p.attachedBy(), p.attachedByAgency(), p.attachedAt())).toList();
    }

    static List<RewardOfferCopies.OfferCopy> offers(NoticeState s) {
        return s.offers().stream().map(o -> new RewardOfferCopies.OfferCopy(o.id(), o.offeringAgencyId(),
                new Money(o.amount(), Currency.getInstance(o.currency())), o.validFrom(), o.validUntil(),
                o.conditions(), o.legalBasis(), o.createdBy(), o.createdAt())).toList();
    }

    /** The payload as JSON, as the relay sends it: for tests that build envelopes by hand. */
    static JsonNode json(NoticeState s) {
        return JSON.valueToTree(s);
    }
}
