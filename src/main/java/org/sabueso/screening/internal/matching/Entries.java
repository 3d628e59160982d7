package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.PersonView;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.NameParticles;
import org.sabueso.shared.PersonName;

/** Turns notices and queries into what the index and the scorer compare. */
public final class Entries {

    private Entries() {
    }

    public static Entry of(NoticeDetail n) {
        PersonView p = n.subject();
        List<Entry.NameForm> names = new ArrayList<>();
        names.add(mainForm(p.writtenName(), p.name()));
        for (Alias a : p.aliases()) {
            List<String> tokens = NameRules.normalise(NameKeys.significant(NameKeys.tokens(a.name())));
            if (!tokens.isEmpty()) {
                names.add(Entry.NameForm.of(a.name(), List.of(), tokens, true));
            }
        }
        Set<String> nationalities = new LinkedHashSet<>();
        p.nationalities().forEach(c -> nationalities.add(c.value()));
        List<Entry.Doc> docs = new ArrayList<>();
        for (IdentityDocument d : p.documents()) {
            docs.add(doc(d.type(), d.number(), d.country() == null ? null : d.country().value()));
        }
        return new Entry(n.id(), p.id(), p.externalId(), p.writtenName(), List.copyOf(names), p.birthDate(),
                Set.copyOf(nationalities), List.copyOf(docs), n.issuingAgencyId(), n.issuingCountry(),
                n.sharingScope(), n.partnerAgencyIds(), n.released(), n.publiclyListed(),
                n.requestedAction() == org.sabueso.notice.RequestedAction.ARREST_FOR_EXTRADITION);
    }

    public static Entry.Doc doc(String type, String number, String country) {
        return new Entry.Doc(type.strip().toLowerCase(java.util.Locale.ROOT), NameKeys.documentNumber(number), country);
    }

    /**
     * Given names and surnames from the recorded parts, or from the written name when parts are
     * missing; abbreviations written out, suffixes left out ({@link NameRules#normalise}). A second
     * surname recorded as "de" and one word ("Vargas de Cuadros") is a married name.
     */
    public static Entry.NameForm mainForm(String written, PersonName parts) {
        List<String> given = parts == null || parts.givenNames() == null ? List.of()
                : NameRules.normalise(NameKeys.significant(NameKeys.tokens(parts.givenNames())));
        List<String> surnames = new ArrayList<>();
        long married = 0;
        if (parts != null && parts.firstSurname() != null) {
            surnames.addAll(NameRules.normalise(NameKeys.significant(NameKeys.tokens(parts.firstSurname()))));
        }
        if (parts != null && parts.secondSurname() != null) {
            List<String> second = NameKeys.tokens(parts.secondSurname());
            List<String> words = NameRules.normalise(NameKeys.significant(second));
            if (second.size() == 2 && second.getFirst().equals("de") && words.size() == 1
                    && given.size() + surnames.size() < 64 && !surnames.isEmpty()) {
                married = 1L << (given.size() + surnames.size());
            }
            surnames.addAll(words);
        }
        if (given.isEmpty() && surnames.isEmpty()) {
            List<String> all = NameRules.normalise(NameKeys.significant(NameKeys.tokens(written)));
            given = all.isEmpty() ? List.of() : List.of(all.getFirst());
            surnames = all.size() > 1 ? all.subList(1, all.size()) : List.of();
        }
        return Entry.NameForm.of(written, List.copyOf(given), List.copyOf(surnames), false, married);
    }

    /** The query as the scorer reads it: significant folded tokens, and initials apart. */
    public static Query query(String name, org.sabueso.shared.PartialDate birthDate, CountryCode nationality,
                              List<IdentityDocument> documents) {
        QueryWords w = QueryWords.of(name);
        List<Entry.Doc> docs = documents.stream()
                .map(d -> doc(d.type(), d.number(), d.country() == null ? null : d.country().value())).toList();
        return new Query(w.tokens(), w.initials(), birthDate, nationality == null ? null : nationality.value(), docs,
                w.given(), w.married(), w.notes());
    }
}
