package org.sabueso.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL form of the policy agrees with the in-memory one for every combination of viewer,
 * scope, release and partners, evaluated by PostgreSQL over a temporary table.
 */
class SharingPolicySqlTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @org.springframework.transaction.annotation.Transactional
    void sql_filter_and_in_memory_rule_agree_on_every_combination() {
        long seed = 20230920L;
        System.out.println("SharingPolicySqlTest seed=" + seed);
        Random random = new Random(seed);
        String[][] agencies = {{"VE-CICPC", "VE"}, {"VE-MP", "VE"}, {"PE-PNP", "PE"}, {"CL-PDI", "CL"}};
        List<SharingPolicyTest.Rec> recs = new ArrayList<>();
        for (String[] issuer : agencies) {
            for (SharingScope scope : SharingScope.values()) {
                for (int released = 0; released < 2; released++) {
                    for (int listed = 0; listed <= released; listed++) {
                        Set<String> partners = random.nextBoolean() ? Set.of("PE-PNP") : Set.of("CL-PDI", "VE-MP");
                        recs.add(new SharingPolicyTest.Rec(issuer[0], issuer[1], scope, partners, released == 1, listed == 1));
                    }
                }
            }
        }
        List<Viewer> viewers = new ArrayList<>(List.of(Viewer.PUBLIC, new Viewer("auditor", null, null, EnumSet.of(Role.AUDITOR))));
        for (String[] a : agencies) {
            viewers.add(new Viewer(a[0].toLowerCase(), a[0], a[1], EnumSet.of(Role.ANALYST)));
        }
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS policy_rec (id int PRIMARY KEY, issuer text, country text, scope text, released boolean, listed boolean)").update();
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS policy_partner (rec_id int, agency_id text)").update();
        jdbc.sql("TRUNCATE policy_rec, policy_partner").update();
        for (int i = 0; i < recs.size(); i++) {
            var r = recs.get(i);
            jdbc.sql("INSERT INTO policy_rec VALUES (?,?,?,?,?,?)")
                    .params(i, r.issuingAgencyId(), r.issuingCountry(), r.sharingScope().name(), r.released(), r.publiclyListed()).update();
            for (String p : r.partnerAgencyIds()) {
                jdbc.sql("INSERT INTO policy_partner VALUES (?,?)").params(i, p).update();
            }
        }
        var columns = new SharingPolicy.Columns("n.issuer", "n.country", "n.scope", "n.released", "n.listed", "n.id",
                "policy_partner", "rec_id");
        for (Viewer v : viewers) {
            var filter = SharingPolicy.sqlFilter(v, columns);
            List<Integer> bySql = jdbc.sql("SELECT id FROM policy_rec n WHERE " + filter.condition() + " ORDER BY id")
                    .params(filter.params()).query(Integer.class).list();
            List<Integer> inMemory = new ArrayList<>();
            for (int i = 0; i < recs.size(); i++) {
                if (SharingPolicy.mayView(v, recs.get(i))) {
                    inMemory.add(i);
                }
            }
            assertThat(bySql).as("viewer " + v.username()).isEqualTo(inMemory);
        }
    }
}
