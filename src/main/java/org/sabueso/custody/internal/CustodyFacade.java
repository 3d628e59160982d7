package org.sabueso.custody.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyInputs.DailyFigures;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyInputs.RollCallEntry;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Operation;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.custody.Oversight;
import org.springframework.stereotype.Service;

/**
 * The custody module as other modules and its controllers see it: each call handed to the
 * aggregate that owns it (facilities, oversight, imports, prisoner files, roll calls, incidents,
 * escapes, operations), where its rules and transaction live.
 */
@Service
class CustodyFacade implements Custody {

    private final Facilities facilities;
    private final OversightReader oversight;
    private final FacilityImports imports;
    private final PrisonerFiles files;
    private final RollCalls rollCalls;
    private final Incidents incidents;
    private final Escapes escapes;
    private final Operations operations;
    private final CustodyAccess access;

    CustodyFacade(Facilities facilities, OversightReader oversight, FacilityImports imports, PrisonerFiles files,
                  RollCalls rollCalls, Incidents incidents, Escapes escapes, Operations operations, CustodyAccess access) {
        this.facilities = facilities;
        this.oversight = oversight;
        this.imports = imports;
        this.files = files;
        this.rollCalls = rollCalls;
        this.incidents = incidents;
        this.escapes = escapes;
        this.operations = operations;
        this.access = access;
    }

    @Override
    public UUID registerFacility(Viewer viewer, NewFacility facility) {
        return facilities.register(viewer, facility);
    }

    @Override
    public List<FacilityRow> facilities(Viewer viewer, String country, LocalDate at) {
        return facilities.list(viewer, country, at);
    }

    @Override
    public Optional<Facility> facility(Viewer viewer, UUID id) {
        return facilities.facility(viewer, id);
    }

    @Override
    public org.sabueso.custody.Headcount headcount(Viewer viewer, UUID facilityId) {
        return facilities.headcount(viewer, facilityId);
    }

    @Override
    public List<Unit> units(Viewer viewer, UUID facilityId) {
        return facilities.units(viewer, facilityId);
    }

    @Override
    public Optional<Unit> unit(Viewer viewer, UUID unitId) {
        return facilities.unit(viewer, unitId);
    }

    @Override
    public void recordFigures(Viewer viewer, UUID facilityId, DailyFigures figures) {
        facilities.recordFigures(viewer, facilityId, figures);
    }

    @Override
    public Oversight.Report indicators(Viewer viewer, UUID facilityId, LocalDate at) {
        return oversight.indicators(viewer, facilityId, at);
    }

    @Override
    public List<SeriesPoint> series(Viewer viewer, UUID facilityId) {
        return oversight.series(viewer, facilityId);
    }

    @Override
    public int importFacilities(Viewer viewer, String csv) {
        return imports.importFacilities(viewer, csv);
    }

    @Override
    public int importPopulation(Viewer viewer, String csv) {
        return imports.importPopulation(viewer, csv);
    }

    @Override
    public boolean mayRecord(Viewer viewer, Facility facility) {
        return CustodyRules.prisonStaffOf(viewer, facility.country());
    }

    @Override
    public boolean mayReadPrisonerFiles(Viewer viewer, Facility facility) {
        return access.mayReadFilesOf(viewer, facility);
    }

    @Override
    public UUID admit(Viewer viewer, UUID facilityId, Admission admission) {
        return files.admit(viewer, facilityId, admission);
    }

    @Override
    public Optional<PrisonerFile> prisonerFile(Viewer viewer, UUID fileId) {
        return files.file(viewer, fileId);
    }

    @Override
    public List<PrisonerFile> inUnit(Viewer viewer, UUID unitId) {
        return files.inUnit(viewer, unitId);
    }

    @Override
    public List<FileEntry> history(Viewer viewer, UUID fileId) {
        return files.history(viewer, fileId);
    }

    @Override
    public void addEntry(Viewer viewer, UUID fileId, EntryKind kind, LocalDate onDate, String detail) {
        files.addEntry(viewer, fileId, kind, onDate, detail);
    }

    @Override
    public RollCall recordRollCall(Viewer viewer, UUID facilityId, RollCallEntry entry) {
        return rollCalls.record(viewer, facilityId, entry);
    }

    @Override
    public List<RollCall> rollCalls(Viewer viewer, UUID facilityId, int limit) {
        return rollCalls.list(viewer, facilityId, limit);
    }

    @Override
    public void resolveDiscrepancy(Viewer viewer, UUID rollCallId, String explanation) {
        rollCalls.resolve(viewer, rollCallId, explanation);
    }

    @Override
    public List<UUID> escalateOverdueDiscrepancies(Instant now) {
        return rollCalls.escalateOverdue(now);
    }

    @Override
    public UUID recordIncident(Viewer viewer, UUID facilityId, NewIncident incident) {
        return incidents.record(viewer, facilityId, incident);
    }

    @Override
    public UUID reportEscape(Viewer viewer, UUID facilityId, EscapeReport escape) {
        return escapes.report(viewer, facilityId, escape);
    }

    @Override
    public Optional<Incident> incident(Viewer viewer, UUID id) {
        return incidents.incident(viewer, id);
    }

    @Override
    public List<Incident> incidents(Viewer viewer, UUID facilityId, int limit) {
        return incidents.incidents(viewer, facilityId, limit);
    }

    @Override
    public void moveIncident(Viewer viewer, UUID id, IncidentStatus target) {
        incidents.move(viewer, id, target);
    }

    @Override
    public void fileRule71Report(Viewer viewer, UUID id, String report) {
        incidents.fileRule71Report(viewer, id, report);
    }

    @Override
    public UUID recordOperation(Viewer viewer, UUID facilityId, OperationReport operation) {
        return operations.record(viewer, facilityId, operation);
    }

    @Override
    public List<Operation> operations(Viewer viewer, UUID facilityId) {
        return operations.list(viewer, facilityId);
    }
}
