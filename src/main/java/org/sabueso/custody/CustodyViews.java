package org.sabueso.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingScope;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyTypes.UnitKind;

/** What the custody module shows: facilities, units, files, roll calls, incidents, operations. */
public final class CustodyViews {

    private CustodyViews() {
    }

    /**
     * A facility. Its oversight (figures, indicators, incidents) is shared as {@code oversightScope}
     * says, through the sharing policy; it is never on the public portal.
     */
    public record Facility(UUID id, String country, String name, String region, String agencyId,
                           FacilityStatus status, int designCapacity, Integer operationalCapacity,
                           SharingScope oversightScope, Set<String> partnerAgencyIds, LocalDate statusSince)
            implements Shared {

        @Override
        public String issuingAgencyId() {
            return agencyId;
        }

        @Override
        public String issuingCountry() {
            return country;
        }

        @Override
        public SharingScope sharingScope() {
            return oversightScope;
        }

        @Override
        public boolean released() {
            return true;
        }

        @Override
        public boolean publiclyListed() {
            return false;
        }
    }

    /** A unit with the files in custody there and when it was last counted (null: never). */
    public record Unit(UUID id, UUID facilityId, UUID parentId, UnitKind kind, String name, CellType cellType,
                       BigDecimal floorAreaM2, Integer designCapacity, Integer operationalCapacity, int inCustody,
                       Instant lastCountedAt) {

        /**
         * A count is missed when none was taken since {@code dueAfter} (twelve hours ago for two counts
         * a day) in a unit that holds files in custody: where no file is, there is nobody to count.
         */
        public boolean countMissed(Instant dueAfter) {
            return inCustody > 0 && (lastCountedAt == null || lastCountedAt.isBefore(dueAfter));
        }
    }

    /** A facility as the dashboard lists it, with its indicators today. */
    public record FacilityRow(Facility facility, Integer population, LocalDate populationOn, Integer occupancyPercent,
                              Oversight.Report report, Headcount headcount) {
    }

    /**
     * A prisoner file (Rules 6-9). Shared nationally with the facility's country: the prison
     * staff of that country read it; nobody abroad does.
     */
    public record PrisonerFile(UUID id, String fileNumber, UUID facilityId, String facilityName, String agencyId,
                               String country, UUID unitId, String unitName, UUID personId, String personName,
                               LocalDate admittedOn, String commitmentAuthority, String commitmentReason,
                               LocalDate commitmentDate, String commitmentReference, String injuriesAtAdmission,
                               String complaintsAtAdmission, String property, String familyContact,
                               String emergencyContact, String classification, FileStatus status) implements Shared {

        @Override
        public String issuingAgencyId() {
            return agencyId;
        }

        @Override
        public String issuingCountry() {
            return country;
        }

        @Override
        public SharingScope sharingScope() {
            return SharingScope.NATIONAL;
        }

        @Override
        public Set<String> partnerAgencyIds() {
            return Set.of();
        }

        @Override
        public boolean released() {
            return true;
        }

        @Override
        public boolean publiclyListed() {
            return false;
        }
    }

    /**
     * A line of a prisoner file's history. {@code code} and {@code args}: what the module itself
     * wrote (message {@code custody.history.<code>}), worded in the reader's language; {@code detail}
     * is the same in English for the API, or what a person typed (then {@code code} is null).
     */
    public record FileEntry(long id, UUID fileId, EntryKind kind, LocalDate onDate, String detail, String actor,
                            Instant at, String code, List<String> args) {

        /** The arguments as the message bundles take them. */
        public Object[] messageArgs() {
            return args.toArray();
        }
    }

    /** A roll call: who counted, when, how many were expected and counted, and what became of a shortfall. */
    public record RollCall(UUID id, UUID facilityId, UUID unitId, String unitName, int expected, int counted,
                           List<UUID> missingFileIds, String note, String countedBy, Instant countedAt,
                           Instant resolveBy, Instant resolvedAt, String resolution, UUID incidentId) {

        public boolean discrepancy() {
            return expected != counted;
        }

        public boolean open() {
            return discrepancy() && resolvedAt == null;
        }
    }

    public record Involved(UUID fileId, UUID personId, String name, Involvement role, UUID noticeId) {
    }

    public record Incident(UUID id, UUID facilityId, String facilityName, UUID unitId, String unitName,
                           IncidentType type, Severity severity, IncidentStatus status, Instant occurredAt,
                           String description, String escapeMethod, String caseReference, Instant rule71DueAt,
                           Instant rule71FiledAt, String rule71Report, String createdBy, Instant createdAt,
                           Instant reportedAt, Instant closedAt, List<Involved> people) {

        /** A Rule 71 report that was due and is not filed. */
        public boolean rule71Overdue(Instant now) {
            return rule71DueAt != null && rule71FiledAt == null && now.isAfter(rule71DueAt);
        }
    }

    public record Destination(String destination, int prisoners, Instant recordedAt) {
    }

    public record Operation(UUID id, UUID facilityId, OperationKind kind, LocalDate onDate, String forces,
                            int headcountBefore, int headcountAfter, int transferred, int released, int deceased,
                            int escaped, int familyMembersInside, String injuries, String deaths, String complaints,
                            List<Destination> destinations, String recordedBy) {

        /** Every transferred prisoner's destination known within 24 hours of the day's end. */
        public boolean destinationsWithin24h() {
            Instant limit = onDate.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            int placed = destinations.stream().mapToInt(Destination::prisoners).sum();
            return placed == transferred && destinations.stream().noneMatch(d -> d.recordedAt().isAfter(limit));
        }
    }

    /** A point of a facility's history, for the charts. */
    public record SeriesPoint(LocalDate on, Integer population, Integer occupancyPercent, BigDecimal prisonersPerOfficer,
                              int incidents) {
    }
}
