package org.sabueso.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyInputs.DailyFigures;
import org.sabueso.custody.CustodyInputs.Destination;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyInputs.NewUnit;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyInputs.RollCallEntry;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyTypes.UnitKind;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.stereotype.Component;

/**
 * The custody side of the demo: Tocorón (Aragua), built for 750 and holding over 7,000 at its peak,
 * with 2016-era figures that read as a prison run by its inmates; the retaking of 20 September 2023
 * and its escapees' notices; and a few other prisons so the dashboard has something to sort. The
 * capacity of 750, the peak of over 7,000 and the date and scale of the operation are as publicly
 * reported; every other figure, name of a wing and prisoner file is illustrative.
 */
@Component
class CustodyDemo {

    private static final String AGENCY_VE = "VE-CICPC";

    private final Custody custody;
    private final Notices notices;
    private final Agencies agencies;
    private final Clock clock;
    private final RodeoWingsDemo rodeoWings;

    CustodyDemo(Custody custody, Notices notices, Agencies agencies, Clock clock, RodeoWingsDemo rodeoWings) {
        this.rodeoWings = rodeoWings;
        this.custody = custody;
        this.notices = notices;
        this.agencies = agencies;
        this.clock = clock;
    }

    void load(java.util.function.Predicate<String> heldHere) {
        if (heldHere.test(AGENCY_VE)) {
            venezuela();
        }
        abroad("pe.supervisor", "Establecimiento Penitenciario de Lurigancho", "Lima", 3204, 9500, 110, LocalDate.now(clock));
        abroad("co.supervisor", "Complejo Penitenciario y Carcelario Metropolitano de Bogotá (La Picota)", "Bogotá", 7900, 8800, 700,
                LocalDate.now(clock));
        abroad("ec.supervisor", "Penitenciaría del Litoral", "Guayas", 5300, 8600, 150, LocalDate.now(clock));
    }

    private void venezuela() {
        Viewer supervisor = agencies.viewerFor("ve.supervisor").orElseThrow();
        Viewer officer = agencies.viewerFor("ve.prison").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        tocoron(supervisor, officer);
        rodeo(supervisor, officer, today);
        UUID tocuyito = custody.registerFacility(supervisor, new NewFacility("Centro Penitenciario de Carabobo (Tocuyito)",
                "Carabobo", FacilityStatus.OPERATING, 1500, 1400, SharingScope.NATIONAL, Set.of(),
                List.of(wing("Pabellón A", 2400, 800), wing("Pabellón B", 2400, 700))));
        figures(supervisor, tocuyito, today.minusDays(6), 2350, 60, 40, 2, 60);
        figures(supervisor, tocuyito, today.minusDays(1), 2400, 55, 40, 0, 90);
        custody.recordFigures(supervisor, tocuyito, new DailyFigures(today.minusDays(5), null, null, null, 0, 90, null, null, null));
        UUID yare = custody.registerFacility(supervisor, new NewFacility("Centro Penitenciario de Yare III", "Miranda",
                FacilityStatus.OPERATING, 1200, 1100, SharingScope.ALL_MEMBERS, Set.of(),
                List.of(wing("Módulo 1", 2500, 600), wing("Módulo 2", 2500, 600))));
        figures(supervisor, yare, today.minusDays(1), 1050, 190, 150, 3, 0);
        UUID inof = custody.registerFacility(supervisor, new NewFacility("Instituto Nacional de Orientación Femenina (Los Teques)",
                "Miranda", FacilityStatus.OPERATING, 600, 600, SharingScope.NATIONAL, Set.of(), List.of(wing("Edificio principal", 2600, 600))));
        figures(supervisor, inof, today.minusDays(1), 540, 120, 100, 3, 0);
    }

    /** Tocorón: the history that made it the Tren de Aragua's headquarters, and the 2023 retaking. */
    private void tocoron(Viewer supervisor, Viewer officer) {
        // operating until the retaking below puts it under intervention from 20 September 2023
        UUID id = custody.registerFacility(supervisor, new NewFacility("Centro Penitenciario de Aragua (Tocorón)", "Aragua",
                FacilityStatus.OPERATING, 750, 750, SharingScope.ALL_MEMBERS, Set.of(), List.of(
                        wing("Torre A", 900, 300), wing("Torre B", 900, 300), wing("Anexo femenino", 400, 100),
                        new NewUnit("Área de máxima seguridad", UnitKind.WING, null, null, 50, 50, List.of(
                                new NewUnit("Celda 1", UnitKind.CELL, CellType.DORMITORY, new BigDecimal("24"), 6, 6, List.of()))))));
        int[][] years = {{2012, 3200, 70, 45}, {2013, 4600, 65, 40}, {2014, 5800, 60, 35}, {2015, 6700, 55, 30},
                {2016, 7200, 50, 30}, {2017, 6900, 50, 30}, {2018, 6500, 55, 30}, {2019, 5200, 60, 35},
                {2020, 4100, 60, 35}, {2021, 3000, 65, 40}, {2022, 2300, 70, 40}};
        for (int[] y : years) {
            figures(supervisor, id, LocalDate.of(y[0], 6, 30), y[1], y[2], y[3], 0, 95);
        }
        // families, not the state, fed the prisoners through 2016
        custody.recordFigures(supervisor, id, new DailyFigures(LocalDate.of(2016, 1, 15), null, null, null, 0, 95, null, 4200, 4100));
        incident(supervisor, id, IncidentType.INMATE_RUN_BUSINESS, Severity.HIGH, "2016-04-02T15:00:00Z",
                "Inspección: banco, discoteca, gallera y zoológico administrados por la organización que controla el penal (demo).");
        incident(supervisor, id, IncidentType.CONTRABAND_FIREARM, Severity.CRITICAL, "2016-05-12T10:00:00Z",
                "Hallazgo de fusiles de asalto y granadas en la Torre B durante una requisa (demo).");
        incident(supervisor, id, IncidentType.TUNNEL, Severity.CRITICAL, "2016-06-10T09:00:00Z",
                "Túnel hacia el perímetro exterior descubierto bajo el Anexo (demo).");
        incident(supervisor, id, IncidentType.ASSAULT, Severity.MEDIUM, "2016-06-20T21:00:00Z",
                "Agresión entre internos en la Torre A (demo).");

        List<Unit> units = custody.units(supervisor, id);
        UUID cell = units.stream().filter(u -> u.name().equals("Celda 1")).findFirst().orElseThrow().id();
        UUID towerB = units.stream().filter(u -> u.name().equals("Torre B")).findFirst().orElseThrow().id();
        Map<String, UUID> persons = Map.of(
                "guerrero", subjectOf(supervisor, "Héctor Rusthenford Guerrero Flores"),
                "barrios", subjectOf(supervisor, "Wuilmer José Barrios Guzmán"));
        List<UUID> escapees = new ArrayList<>();
        escapees.add(admit(officer, id, cell, persons.get("guerrero"), null, "TOC-2013-0412", LocalDate.of(2013, 10, 1),
                "Homicidio, secuestro y extorsión (demo)"));
        escapees.add(admit(officer, id, cell, persons.get("barrios"), null, "TOC-2019-1187", LocalDate.of(2019, 3, 4),
                "Robo agravado (demo)"));
        escapees.add(admit(officer, id, cell, null, person("Yorman Enrique Caldera Mújica", "1991", 175,
                "cicatriz en la ceja izquierda (demo)"), "TOC-2020-0233", LocalDate.of(2020, 2, 11), "Extorsión (demo)"));
        escapees.add(admit(officer, id, towerB, null, person("Darwin Alexander Peña Rivero", "1994-07", 168,
                "tatuaje de una corona en el cuello (demo)"), "TOC-2021-0978", LocalDate.of(2021, 8, 23),
                "Tráfico de drogas (demo)"));
        admit(officer, id, cell, null, person("Luis Fernando Ochoa Blanco", "1988", 180, null), "TOC-2022-0144",
                LocalDate.of(2022, 1, 17), "Homicidio (demo)");

        figures(supervisor, id, LocalDate.of(2023, 9, 19), 1617, 40, 25, 0, 95);
        UUID escape = custody.reportEscape(officer, id, new EscapeReport(escapees, "Túneles bajo el penal, antes de la retoma (demo)",
                Instant.parse("2023-09-19T22:00:00Z"),
                "Cabecillas de la organización fugados antes de la operación del 20 de septiembre de 2023 (demo)."));
        custody.fileRule71Report(officer, escape, "Notificado al Ministerio Público y al Tribunal de Ejecución (demo).");
        custody.recordOperation(supervisor, id, new OperationReport(OperationKind.RETAKING, LocalDate.of(2023, 9, 20),
                "Unos 11.000 efectivos de la Fuerza Armada Nacional Bolivariana y cuerpos policiales (Operación Gran Cacique Guaicaipuro)",
                1613, 0, 1613, 0, 0, 0, 240, "Sin lesionados graves entre los internos registrados (demo).",
                "Un efectivo militar fallecido durante el despliegue (demo).", "Denuncias de familiares sobre traslados sin aviso (demo).",
                List.of(new Destination("Centro Penitenciario de Yare III (Miranda)", 600, Instant.parse("2023-09-20T20:00:00Z")),
                        new Destination("Internado Judicial de Rodeo I (Miranda)", 413, Instant.parse("2023-09-20T22:00:00Z")),
                        new Destination("Centro Penitenciario de Carabobo (Tocuyito)", 600, Instant.parse("2023-09-21T08:00:00Z")))));
        figures(supervisor, id, LocalDate.of(2023, 9, 21), 0, 300, 300, 3, 0);
    }

    /** Rodeo I: the prison where the demo's roll calls are taken, with a cell of four files. */
    private void rodeo(Viewer supervisor, Viewer officer, LocalDate today) {
        UUID id = custody.registerFacility(supervisor, new NewFacility("Internado Judicial de Rodeo I", "Miranda",
                FacilityStatus.OPERATING, 900, 850, SharingScope.ALL_MEMBERS, Set.of(), List.of(
                        new NewUnit("Pabellón 2", UnitKind.WING, null, null, 300, 280, List.of(
                                new NewUnit("Celda 7", UnitKind.CELL, CellType.DORMITORY, new BigDecimal("30"), 8, 8, List.of()),
                                new NewUnit("Celda 8", UnitKind.CELL, CellType.DORMITORY, new BigDecimal("30"), 8, 8, List.of()))),
                        wing("Pabellón 3", 5000, 600))));
        figures(supervisor, id, today.minusYears(1), 1020, 80, 65, 3, 10);
        figures(supervisor, id, today.minusDays(1), 1150, 75, 60, 3, 10);
        List<Unit> units = custody.units(supervisor, id);
        UUID cell7 = units.stream().filter(u -> u.name().equals("Celda 7")).findFirst().orElseThrow().id();
        admit(officer, id, cell7, null, person("Kelvin José Arismendi Lugo", "1996", 172, "tatuaje de un reloj en el antebrazo (demo)"),
                "ROD-2024-0311", today.minusMonths(8), "Robo agravado (demo)");
        admit(officer, id, cell7, null, person("Jhonatan Rafael Silva Medina", "1999-02", 178, null),
                "ROD-2024-0412", today.minusMonths(7), "Tráfico de drogas (demo)");
        admit(officer, id, cell7, null, person("Anderson David Mota Herrera", "1993", 165, "cicatriz en la mejilla (demo)"),
                "ROD-2025-0057", today.minusMonths(5), "Extorsión (demo)");
        admit(officer, id, cell7, null, person("Eduardo Antonio Rangel Paredes", "1987", 170, null),
                "ROD-2025-0101", today.minusMonths(4), "Homicidio (demo)");
        rodeoWings.admit(officer, id, units, today);
        units = custody.units(supervisor, id);
        // two counts a day in each unit over the last week keep the headcount indicator green
        for (Unit u : units) {
            if (u.kind() != UnitKind.WING || u.name().equals("Pabellón 3")) {
                for (int i = 0; i < 14; i++) {
                    custody.recordRollCall(officer, id, new RollCallEntry(u.id(), u.inCustody(), Set.of(), null));
                }
            }
        }
    }

    private void abroad(String supervisorName, String name, String region, int capacity, int population, int nightOfficers,
                        LocalDate today) {
        // a country's node (sabueso.demo.node) has only its own country's staff, and only its own prisons
        Viewer supervisor = agencies.viewerFor(supervisorName).orElse(null);
        if (supervisor == null) {
            return;
        }
        UUID id = custody.registerFacility(supervisor, new NewFacility(name, region, FacilityStatus.OPERATING, capacity, null,
                SharingScope.ALL_MEMBERS, Set.of(), List.of()));
        figures(supervisor, id, today.minusYears(1), population * 95 / 100, nightOfficers * 2, nightOfficers, 3, 20);
        figures(supervisor, id, today.minusDays(1), population, nightOfficers * 2, nightOfficers, 3, 20);
    }

    private void figures(Viewer v, UUID facility, LocalDate on, int population, int day, int night, int stateMeals, int families) {
        custody.recordFigures(v, facility, new DailyFigures(on, population, day, night, stateMeals, families, null, null, null));
    }

    private void incident(Viewer v, UUID facility, IncidentType type, Severity severity, String at, String description) {
        UUID id = custody.recordIncident(v, facility, new NewIncident(null, type, severity, Instant.parse(at), description, List.of()));
        custody.moveIncident(v, id, IncidentStatus.REPORTED);
    }

    private UUID admit(Viewer officer, UUID facility, UUID unit, UUID personId, NewPerson person, String number,
                       LocalDate admitted, String reason) {
        return custody.admit(officer, facility, new Admission(unit, personId, person, number, admitted,
                "Tribunal de Control, Circuito Judicial Penal (demo)", reason, admitted.minusDays(2),
                "OR-" + number + " (demo)", null, null, "Ropa y documentos (demo)", "Familiar en la ciudad (demo)",
                "Mismo contacto familiar (demo)", "Mediana seguridad"));
    }

    private static NewUnit wing(String name, int areaM2, int capacity) {
        return new NewUnit(name, UnitKind.WING, CellType.DORMITORY, BigDecimal.valueOf(areaM2), capacity, capacity, List.of());
    }

    private static NewPerson person(String name, String birth, int height, String marks) {
        return new NewPerson(name, null, List.of(), PartialDate.parse(birth), Set.of(new CountryCode("VE")), List.of(),
                Sex.MALE, new PhysicalDescription(height, null, marks), null);
    }

    /** The person of the Venezuelan demo notice on that name: the prisoner file links to them, not to a copy. */
    private UUID subjectOf(Viewer viewer, String name) {
        return notices.search(viewer, new NoticeQuery(name, null, "VE", AGENCY_VE, 0, 5)).items().stream()
                .filter(n -> n.subjectName().equals(name)).map(NoticeSummary::subjectId).findFirst().orElseThrow();
    }
}
