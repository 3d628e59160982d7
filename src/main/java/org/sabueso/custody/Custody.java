package org.sabueso.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyInputs.DailyFigures;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyInputs.RollCallEntry;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Operation;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.CustodyViews.Unit;

/**
 * Prison custody and oversight. Reads take the viewer and answer only what the sharing policy
 * lets them see (a facility they may not see is not found); prison staff of the facility's
 * country record roll calls, incidents, escapes and files; every read and change is audited.
 */
public interface Custody {

    // facilities and their figures

    UUID registerFacility(Viewer viewer, NewFacility facility);

    /** Facilities of a country (null: every country) the viewer may see, with their indicators on the day (null: today). */
    List<FacilityRow> facilities(Viewer viewer, String country, LocalDate at);

    Optional<Facility> facility(Viewer viewer, UUID id);

    /** The files in custody in a facility the viewer may see, now (files keep no past counts), against the population last reported. */
    Headcount headcount(Viewer viewer, UUID facilityId);

    List<Unit> units(Viewer viewer, UUID facilityId);

    /** A unit of a facility the viewer may see. */
    Optional<Unit> unit(Viewer viewer, UUID unitId);

    void recordFigures(Viewer viewer, UUID facilityId, DailyFigures figures);

    /** The oversight indicators of the facility on that day, from the figures known then. */
    Oversight.Report indicators(Viewer viewer, UUID facilityId, LocalDate at);

    /** The facility's history at each population figure, for the charts. */
    List<SeriesPoint> series(Viewer viewer, UUID facilityId);

    /** Imports facilities (name, region, capacities, status) from CSV, all or nothing; returns how many. */
    int importFacilities(Viewer viewer, String csv);

    /** Imports population figures (facility name, date, population) from CSV, all or nothing; returns how many. */
    int importPopulation(Viewer viewer, String csv);

    /** Whether the viewer may record counts, incidents, escapes and files in the facility (its country's prison staff). */
    boolean mayRecord(Viewer viewer, Facility facility);

    /** Whether the viewer may read the facility's prisoner files and the names in its incidents. */
    boolean mayReadPrisonerFiles(Viewer viewer, Facility facility);

    // prisoner files

    UUID admit(Viewer viewer, UUID facilityId, Admission admission);

    Optional<PrisonerFile> prisonerFile(Viewer viewer, UUID fileId);

    /** The prisoners in custody in a unit, for its roll call. */
    List<PrisonerFile> inUnit(Viewer viewer, UUID unitId);

    List<FileEntry> history(Viewer viewer, UUID fileId);

    /** Appends to a file's history; a transfer, release, return or death also changes the file's status. */
    void addEntry(Viewer viewer, UUID fileId, EntryKind kind, LocalDate onDate, String detail);

    // roll calls

    RollCall recordRollCall(Viewer viewer, UUID facilityId, RollCallEntry entry);

    List<RollCall> rollCalls(Viewer viewer, UUID facilityId, int limit);

    /** Marks a discrepancy as explained (the prisoner was in the infirmary, say). */
    void resolveDiscrepancy(Viewer viewer, UUID rollCallId, String explanation);

    /**
     * Opens an escape incident for every shortfall not resolved by its deadline; returns the
     * incidents opened. Runs on a schedule; staff may also run it.
     */
    List<UUID> escalateOverdueDiscrepancies(Instant now);

    // incidents and escapes

    UUID recordIncident(Viewer viewer, UUID facilityId, NewIncident incident);

    /** Reports the escape, marks the files, and drafts each escapee's notice in one case. */
    UUID reportEscape(Viewer viewer, UUID facilityId, EscapeReport escape);

    Optional<Incident> incident(Viewer viewer, UUID id);

    List<Incident> incidents(Viewer viewer, UUID facilityId, int limit);

    /** DRAFT → REPORTED, REPORTED → CLOSED. */
    void moveIncident(Viewer viewer, UUID id, CustodyTypes.IncidentStatus target);

    void fileRule71Report(Viewer viewer, UUID id, String report);

    // operations

    UUID recordOperation(Viewer viewer, UUID facilityId, OperationReport operation);

    List<Operation> operations(Viewer viewer, UUID facilityId);
}
