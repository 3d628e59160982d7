package org.sabueso.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyTypes.UnitKind;
import org.sabueso.person.NewPerson;

/** What staff send to the custody module. Null lists mean none. */
public final class CustodyInputs {

    private CustodyInputs() {
    }

    public record NewFacility(String name, String region, FacilityStatus status, int designCapacity,
                              Integer operationalCapacity, SharingScope oversightScope, Set<String> partnerAgencyIds,
                              List<NewUnit> units) {
        public NewFacility {
            partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    public record NewUnit(String name, UnitKind kind, CellType cellType, BigDecimal floorAreaM2, Integer designCapacity,
                          Integer operationalCapacity, List<NewUnit> units) {
        public NewUnit {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /** A day's figures; each part may be left out (null). Staff on duty per shift. */
    public record DailyFigures(LocalDate date, Integer population, Integer dayShiftOfficers, Integer nightShiftOfficers,
                               Integer stateMealsServed, Integer fedByFamiliesPercent, BigDecimal waterLitresPerPerson,
                               Integer visitorsIn, Integer visitorsOut) {
    }

    /**
     * An admission (Rule 7): never without a commitment order naming the authority, the reason and
     * the date. The person is one already on record ({@code personId}) or recorded now ({@code person}).
     */
    public record Admission(UUID unitId, UUID personId, NewPerson person, String fileNumber, LocalDate admittedOn,
                            String commitmentAuthority, String commitmentReason, LocalDate commitmentDate,
                            String commitmentReference, String injuriesAtAdmission, String complaintsAtAdmission,
                            String property, String familyContact, String emergencyContact, String classification) {
    }

    /** A roll call in a unit: how many the officer counted and which files they found absent. */
    public record RollCallEntry(UUID unitId, int counted, Set<UUID> missingFileIds, String note) {
        public RollCallEntry {
            missingFileIds = missingFileIds == null ? Set.of() : Set.copyOf(missingFileIds);
        }
    }

    public record Person(UUID fileId, Involvement role) {
    }

    public record NewIncident(UUID unitId, IncidentType type, Severity severity, Instant occurredAt, String description,
                              List<Person> people) {
        public NewIncident {
            people = people == null ? List.of() : List.copyOf(people);
        }
    }

    /** One prisoner or a mass escape, with its method; each escapee's notice is drafted from the file. */
    public record EscapeReport(List<UUID> fileIds, String method, Instant occurredAt, String description) {
        public EscapeReport {
            fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
        }
    }

    public record Destination(String destination, int prisoners, Instant recordedAt) {
    }

    /** A raid, retaking or mass transfer. The headcounts must reconcile: before = after + everyone who left. */
    public record OperationReport(OperationKind kind, LocalDate date, String forces, int headcountBefore,
                                  int headcountAfter, int transferred, int released, int deceased, int escaped,
                                  int familyMembersInside, String injuries, String deaths, String complaints,
                                  List<Destination> destinations) {
        public OperationReport {
            destinations = destinations == null ? List.of() : List.copyOf(destinations);
        }
    }
}
