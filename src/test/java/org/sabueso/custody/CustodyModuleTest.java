package org.sabueso.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyInputs.NewUnit;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyTypes.UnitKind;
import org.sabueso.person.NewPerson;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The custody module with the modules it depends on (agency, notice, person and what they need),
 * not the whole application: no demo data, no network or audit listening. Its own data folder, so
 * it can run in the same JVM as the shared context of the integration tests. ALL_DEPENDENCIES
 * because custody drafts real notices of real persons: the notice and person modules' tables have
 * the foreign keys custody's rows point at, and mocking them would test the mocks.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-custody-module", "sabueso.demo.enabled=false"})
class CustodyModuleTest {

    @Autowired
    Custody custody;

    @Autowired
    Agencies agencies;

    /** A prison service of its own, so that nothing another test records is counted here. */
    Viewer supervisor() {
        String agency = "VE-MOD-" + UUID.randomUUID().toString().substring(0, 8);
        agencies.register(new AgencyView(agency, new CountryCode("VE"), "Servicio penitenciario de prueba", AgencyKind.PRISON_SERVICE));
        return new Viewer("mod.supervisor", agency, "VE", Set.of(Role.SUPERVISOR));
    }

    UUID facility(Viewer viewer) {
        return facility(viewer, SharingScope.NATIONAL, Set.of());
    }

    UUID facility(Viewer viewer, SharingScope scope, Set<String> partners) {
        return custody.registerFacility(viewer, new NewFacility("Centro de módulo " + UUID.randomUUID(), "Lara", null, 100,
                null, scope, partners, List.of(new NewUnit("Celda 1", UnitKind.CELL, CellType.DORMITORY,
                null, 4, null, List.of()))));
    }

    UUID admit(Viewer viewer, UUID facility, String name) {
        UUID unit = custody.units(viewer, facility).getFirst().id();
        return custody.admit(viewer, facility, new Admission(unit, null, new NewPerson(name, null, List.of(), null, Set.of(),
                List.of(), null, null, null), "M-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 1, 10),
                "Tribunal de Control 1", "Robo", LocalDate.of(2025, 1, 9), "OR-1", null, null, null, null, null, null));
    }

    @Test
    void an_escape_is_published_with_each_escapee_and_the_notice_drafted_for_them(Scenario scenario) {
        Viewer staff = supervisor();
        UUID facility = facility(staff);
        UUID file = admit(staff, facility, "Ramiro Andrés Módulo Uno");
        scenario.stimulate(() -> custody.reportEscape(staff, facility,
                        new EscapeReport(List.of(file), "boquete en el muro", Instant.now().minus(Duration.ofHours(1)), null)))
                .andWaitForEventOfType(CustodyEvents.EscapeReported.class)
                .matching(e -> e.facilityId().equals(facility))
                .toArriveAndVerify((event, incident) -> {
                    assertThat(event.incidentId()).isEqualTo(incident);
                    assertThat(event.caseReference()).matches("VE-FUGA-\\d{4}-\\d{5}");
                    assertThat(event.escapees()).singleElement().satisfies(e -> {
                        assertThat(e.fileId()).isEqualTo(file);
                        assertThat(e.noticeId()).isNotNull();
                    });
                    assertThat(custody.prisonerFile(staff, file).orElseThrow().status()).isEqualTo(FileStatus.ESCAPED);
                });
    }

    @Test
    void the_names_in_an_incident_come_from_the_files_and_partners_abroad_see_none() {
        Viewer staff = supervisor();
        String partner = "CO-MOD-" + UUID.randomUUID().toString().substring(0, 8);
        agencies.register(new AgencyView(partner, new CountryCode("CO"), "Policía asociada de prueba", AgencyKind.POLICE));
        UUID facility = facility(staff, SharingScope.PARTNERS, Set.of(partner));
        UUID file = admit(staff, facility, "Teodoro Módulo Dos");
        UUID incident = custody.recordIncident(staff, facility, new NewIncident(null, IncidentType.ASSAULT, Severity.HIGH,
                Instant.now().minus(Duration.ofHours(2)), "Agresión en el patio",
                List.of(new CustodyInputs.Person(file, Involvement.VICTIM))));
        assertThat(custody.incident(staff, incident).orElseThrow().people())
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Teodoro Módulo Dos"));
        Viewer abroad = new Viewer("mod.partner", partner, "CO", Set.of(Role.ANALYST));
        assertThat(custody.incident(abroad, incident).orElseThrow().people()).isEmpty();
        Viewer outsider = new Viewer("mod.outsider", "PE-MOD", "PE", Set.of(Role.ANALYST));
        assertThat(custody.incident(outsider, incident)).isEmpty();
    }

    @Test
    void refusals_are_codes_with_their_field() {
        Viewer staff = supervisor();
        UUID facility = facility(staff);
        assertThatThrownBy(() -> custody.recordIncident(staff, facility, new NewIncident(null, IncidentType.ESCAPE,
                Severity.HIGH, Instant.now(), "x", List.of())))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.code()).isEqualTo("custody.escapeForm");
                });
        Viewer abroad = new Viewer("co.prison", "CO-DIJIN", "CO", Set.of(Role.PRISON_OFFICER));
        assertThatThrownBy(() -> custody.recordFigures(abroad, facility, null))
                .isInstanceOf(DomainException.NotFound.class);
        Viewer analyst = new Viewer("mod.analyst", staff.agencyId(), "VE", Set.of(Role.ANALYST));
        assertThatThrownBy(() -> custody.resolveDiscrepancy(analyst, UUID.randomUUID(), "x"))
                .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.code()).isEqualTo("custody.no-roll-call"));
    }
}
