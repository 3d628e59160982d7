package org.sabueso.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The agency module on its own (STANDALONE: it depends on the shared module only): agencies are
 * registered and listed, and a capability is refused with a code of this module, the same for
 * every channel that asks. Its own embedded PostgreSQL, without the demo.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-agency-module", "sabueso.db.fresh=true",
        "sabueso.demo.enabled=false"})
class AgencyModuleTest {

    @Autowired
    Agencies agencies;

    @Test
    void a_registered_agency_is_listed_and_nobody_signs_in_under_an_unknown_name() {
        String id = "PE-MOD-" + UUID.randomUUID().toString().substring(0, 8);
        agencies.register(new AgencyView(id, CountryCode.of("PE"), "Policía de prueba", AgencyKind.POLICE));

        assertThat(agencies.all()).extracting(AgencyView::id).contains(id);
        assertThat(agencies.viewerFor("nobody-" + id)).isEmpty();
    }

    @Test
    void a_capability_the_roles_do_not_hold_is_refused_with_its_code() {
        Viewer border = new Viewer("mod.border", "PE-DIGEMIN", "PE", Set.of(Role.BORDER_OFFICER));
        Viewer analyst = new Viewer("mod.analyst", "PE-PNP", "PE", Set.of(Role.ANALYST));

        assertThat(catchThrowable(() -> Capability.WORK_TIPS.require(border)))
                .isInstanceOfSatisfying(DomainException.NotAllowed.class,
                        e -> assertThat(e.code()).isEqualTo(AgencyRefusal.WORK_TIPS.code()));
        assertThat(Capability.WORK_TIPS.allows(analyst)).isTrue();
        assertThat(Capability.SCREEN.allows(border)).isTrue();
        assertThat(analyst.isAgencyAnalystOrSupervisor()).isTrue();
        assertThat(border.isAgencyAnalystOrSupervisor()).isFalse();
        assertThat(Capability.ANSWER_HITS.allows(Viewer.PUBLIC)).isFalse();
    }
}
