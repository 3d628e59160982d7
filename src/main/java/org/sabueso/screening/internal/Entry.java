package org.sabueso.screening.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/**
 * One screenable notice as the scorer needs it, kept in memory beside the Lucene index: its
 * subject's name forms already folded, birth date, nationalities, normalised documents, and
 * what the sharing policy needs; {@code urgent} when the notice asks for arrest, so a hit on it
 * must be answered within minutes.
 */
record Entry(UUID noticeId, UUID personId, String externalId, String displayName, List<NameForm> names,
             PartialDate birthDate, Set<String> nationalities, List<Doc> documents, String issuingAgencyId,
             String issuingCountry, SharingScope sharingScope, Set<String> partnerAgencyIds, boolean released,
             boolean publiclyListed, boolean urgent) implements Shared {

    /** A name as tokens: main name with given/surname roles, or an alias/nickname. */
    record NameForm(String written, List<String> given, List<String> surnames, boolean alias) {

        List<String> all() {
            if (given.isEmpty()) {
                return surnames;
            }
            if (surnames.isEmpty()) {
                return given;
            }
            var out = new java.util.ArrayList<String>(given.size() + surnames.size());
            out.addAll(given);
            out.addAll(surnames);
            return out;
        }
    }

    /** A document number normalised for comparison, with its type and issuing country. */
    record Doc(String type, String number, String country) {
    }
}
