package org.sabueso.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.person.NewPerson;

/** What an analyst fills in to draft (or revise) a notice. */
public record NoticeDraft(NewPerson subject, List<String> offences, String summary, String warrantReference,
                          String legalBasis, RequestedAction requestedAction, SharingScope sharingScope,
                          Set<String> partnerAgencyIds, LocalDate reviewBy) {

    public NoticeDraft {
        offences = offences == null ? List.of() : offences.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
    }
}
