package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Tips;
import org.sabueso.agency.Agencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rotating an agency's tip key: its tips stay readable, under the new key only, and the old private key is erased. */
class AgencyKeysTest extends IntegrationTest {

    @Autowired
    AgencyKeys keys;

    @Autowired
    Tips tips;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void after_a_rotation_the_agency_still_reads_its_tips_and_the_old_private_key_is_gone() {
        String what = "Antes de la rotación " + UUID.randomUUID();
        tips.submit(new NewTip(null, "EC-PN", what, null, null, null, List.of()));
        UUID old = keys.current("EC-PN").id();
        var ecuador = agencies.viewerFor("ec.analyst").orElseThrow();
        UUID tipId = tips.inbox(ecuador, null, false, 0).items().stream().filter(t -> what.equals(t.preview())).findFirst()
                .orElseThrow().id();

        int moved = keys.rotate("EC-PN");

        assertThat(moved).isPositive();
        UUID current = keys.current("EC-PN").id();
        assertThat(current).isNotEqualTo(old);
        assertThat(jdbc.sql("SELECT key_id FROM tip_recipient WHERE tip_id = ? AND agency_id = 'EC-PN'").param(tipId)
                .query(UUID.class).single()).isEqualTo(current);
        Map<String, Object> retired = jdbc.sql("SELECT retired_at, length(wrapped_private_key) AS len FROM tip_agency_key WHERE id = ?")
                .param(old).query().singleRow();
        assertThat(retired.get("retired_at")).isNotNull();
        assertThat(((Number) retired.get("len")).intValue()).as("old private key erased").isZero();
        assertThat(tips.read(ecuador, tipId, "test").orElseThrow().entries().getFirst().what()).isEqualTo(what);
        tips.submit(new NewTip(null, "EC-PN", "Después " + what, null, null, null, List.of()));
        assertThat(jdbc.sql("SELECT count(*) FROM tip_recipient WHERE agency_id = 'EC-PN' AND key_id = ?").param(old)
                .query(Long.class).single()).isZero();
    }
}
