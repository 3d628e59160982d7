package org.sabueso.interchange;

import java.util.EnumSet;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeStatus;

/**
 * Which notices and persons an export holds. Notices: those in {@code statuses}, shared with one
 * of {@code scopes} (empty: any) and issued in {@code issuingCountry} (null: any). With
 * {@code assertedPersons}, the persons the viewer's agency recorded follow, except the subjects
 * of notices the filter left out (a filtered export never leaks them through the back door).
 */
public record ExportFilter(Set<NoticeStatus> statuses, Set<SharingScope> scopes, String issuingCountry,
                           boolean assertedPersons) {

    /** Notices still being hunted. */
    public static final Set<NoticeStatus> OPEN = EnumSet.of(NoticeStatus.ACTIVE, NoticeStatus.LOCATED);

    public ExportFilter {
        statuses = statuses == null || statuses.isEmpty() ? OPEN : Set.copyOf(statuses);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** Open notices of any scope and country, and the agency's own persons. */
    public static ExportFilter everythingOpen() {
        return new ExportFilter(OPEN, Set.of(), null, true);
    }

    public boolean admits(NoticeStatus status, SharingScope scope, String country) {
        return statuses.contains(status) && (scopes.isEmpty() || scopes.contains(scope))
                && (issuingCountry == null || issuingCountry.equals(country));
    }
}
