package org.sabueso.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sabueso.agency.Hotline;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.Alias;
import org.sabueso.person.PersonView;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.reward.RewardOffer;
import org.sabueso.shared.CountryCode;

/**
 * What the public may read of a notice: who is sought, for what, by which country, and the
 * rewards offered. Identity documents, warrant and review details stay inside the console.
 */
record PublicNotice(UUID id, String name, List<String> nicknames, List<String> aliases, List<String> offences,
                    String issuingCountry, String issuingAgency, RequestedAction requestedAction, String summary,
                    Integer birthYear, List<String> nationalities, PhysicalDescription description,
                    List<Reward> rewards, Sex sex, Hotline hotline) {

    /** A reward as the portal prints it, amounts already written for the page's language. */
    record Reward(String amount, String converted, LocalDate rateDate, String rateSource, String offeredBy,
                  String conditions, LocalDate validUntil) {
    }

    /**
     * This notice as another notice on the same person names it: "also wanted by Peru — reward
     * S/ 500,000", linking to its public page.
     */
    record AlsoWanted(String href, String reference, String subject, String agency, String country, List<String> rewards) {
    }

    AlsoWanted alsoWanted() {
        return new AlsoWanted("/notices/" + id, null, name, issuingAgency, issuingCountry,
                rewards.stream().map(Reward::amount).toList());
    }

    public boolean hasDescription() {
        return birthYear != null || !nationalities.isEmpty() || !description.equals(PhysicalDescription.NONE);
    }

    /**
     * The grammatical form of headings about the subject ("¿Lo ha visto?", "¿La ha visto?", or
     * the neutral "¿Ha visto a esta persona?"): MALE, FEMALE or UNKNOWN, a key suffix of the bundles.
     */
    public String sexForm() {
        return sex == Sex.MALE || sex == Sex.FEMALE ? sex.name() : Sex.UNKNOWN.name();
    }

    static PublicNotice of(NoticeDetail n, String issuingAgency, List<Reward> rewards, Hotline hotline, Locale locale) {
        PersonView s = n.subject();
        return new PublicNotice(n.id(), s.writtenName(),
                s.aliases().stream().filter(Alias::nickname).map(Alias::name).toList(),
                s.aliases().stream().filter(a -> !a.nickname()).map(Alias::name).toList(),
                n.offences(), CountryCode.of(n.issuingCountry()).displayName(locale), issuingAgency,
                n.requestedAction(), n.summary(), s.birthDate() == null ? null : s.birthDate().year(),
                s.nationalities().stream().map(c -> c.displayName(locale)).sorted().toList(),
                s.description(), rewards, s.sex(), hotline);
    }

    static Reward reward(RewardOffer offer, String offeredBy, Locale locale) {
        return new Reward(offer.amount().format(locale),
                offer.converted() == null ? null : offer.converted().format(locale), offer.rateDate(),
                offer.rateSource(), offeredBy, offer.conditions(), offer.validUntil());
    }
}
