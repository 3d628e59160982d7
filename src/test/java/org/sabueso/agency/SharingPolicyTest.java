package org.sabueso.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The in-memory rule, case by case. {@code SharingPolicySqlTest} checks that SQL agrees. */
class SharingPolicyTest {

    record Rec(String issuingAgencyId, String issuingCountry, SharingScope sharingScope, Set<String> partnerAgencyIds,
               boolean released, boolean publiclyListed) implements Shared {
    }

    static final Viewer VE = new Viewer("ve.analyst", "VE-CICPC", "VE", EnumSet.of(Role.ANALYST));
    static final Viewer VE_OTHER = new Viewer("ve.prosecutor", "VE-MP", "VE", EnumSet.of(Role.ANALYST));
    static final Viewer PE = new Viewer("pe.analyst", "PE-PNP", "PE", EnumSet.of(Role.ANALYST));
    static final Viewer AUDITOR = new Viewer("auditor", null, null, EnumSet.of(Role.AUDITOR));

    static Rec rec(SharingScope scope, boolean released) {
        return new Rec("VE-CICPC", "VE", scope, Set.of("PE-PNP"), released, released);
    }

    @Test
    void the_issuing_agency_always_sees_its_own_records_even_unreleased() {
        for (SharingScope s : SharingScope.values()) {
            assertThat(SharingPolicy.mayView(VE, rec(s, false))).isTrue();
            assertThat(SharingPolicy.mayView(VE, rec(s, true))).isTrue();
        }
    }

    @Test
    void nobody_else_sees_an_unreleased_record_whatever_its_scope() {
        for (SharingScope s : SharingScope.values()) {
            assertThat(SharingPolicy.mayView(PE, rec(s, false))).as(s.name()).isFalse();
            assertThat(SharingPolicy.mayView(VE_OTHER, rec(s, false))).as(s.name()).isFalse();
            assertThat(SharingPolicy.mayView(Viewer.PUBLIC, rec(s, false))).as(s.name()).isFalse();
        }
    }

    @Test
    void agency_scope_stays_with_the_issuer() {
        assertThat(SharingPolicy.mayView(VE_OTHER, rec(SharingScope.AGENCY, true))).isFalse();
        assertThat(SharingPolicy.mayView(PE, rec(SharingScope.AGENCY, true))).isFalse();
    }

    @Test
    void national_scope_reaches_agencies_of_the_same_country_only() {
        assertThat(SharingPolicy.mayView(VE_OTHER, rec(SharingScope.NATIONAL, true))).isTrue();
        assertThat(SharingPolicy.mayView(PE, rec(SharingScope.NATIONAL, true))).isFalse();
    }

    @Test
    void partner_scope_reaches_the_named_partners_only() {
        assertThat(SharingPolicy.mayView(PE, rec(SharingScope.PARTNERS, true))).isTrue();
        assertThat(SharingPolicy.mayView(VE_OTHER, rec(SharingScope.PARTNERS, true))).isFalse();
    }

    @Test
    void member_scopes_reach_every_staff_member_but_only_public_reaches_the_public() {
        assertThat(SharingPolicy.mayView(PE, rec(SharingScope.ALL_MEMBERS, true))).isTrue();
        assertThat(SharingPolicy.mayView(AUDITOR, rec(SharingScope.ALL_MEMBERS, true))).isTrue();
        assertThat(SharingPolicy.mayView(Viewer.PUBLIC, rec(SharingScope.ALL_MEMBERS, true))).isFalse();
        assertThat(SharingPolicy.mayView(Viewer.PUBLIC, rec(SharingScope.PUBLIC, true))).isTrue();
    }

    @Test
    void the_public_does_not_see_a_public_record_that_is_no_longer_listed() {
        Rec arrested = new Rec("VE-CICPC", "VE", SharingScope.PUBLIC, Set.of(), true, false);
        assertThat(SharingPolicy.mayView(Viewer.PUBLIC, arrested)).isFalse();
        assertThat(SharingPolicy.mayView(PE, arrested)).isTrue();
    }

    /**
     * The visibility key holds every field of the viewer the policy reads: viewers with equal keys
     * and different names and roles get the same answer for every record of a matrix of issuers,
     * countries, scopes, partners, release and listing. Fails if mayView starts reading a field
     * (roles, say) the key does not hold: caches keyed by it would then leak.
     */
    @Test
    void viewers_with_the_same_visibility_key_see_the_same_records() {
        java.util.List<Viewer> viewers = new java.util.ArrayList<>();
        for (String agency : java.util.Arrays.asList("VE-CICPC", "VE-MP", "PE-PNP", null)) {
            for (String country : java.util.Arrays.asList("VE", "PE", null)) {
                for (String name : java.util.List.of("ana", "bruno", "anonymous")) {
                    viewers.add(new Viewer(name, agency, country, EnumSet.noneOf(Role.class)));
                    viewers.add(new Viewer(name, agency, country, EnumSet.allOf(Role.class)));
                    viewers.add(new Viewer(name, agency, country, EnumSet.of(Role.AUDITOR)));
                }
            }
        }
        viewers.add(Viewer.PUBLIC);
        viewers.add(Viewer.system("system"));
        java.util.List<Rec> records = new java.util.ArrayList<>();
        for (String issuer : java.util.List.of("VE-CICPC", "PE-PNP")) {
            for (String country : java.util.List.of("VE", "PE")) {
                for (SharingScope scope : SharingScope.values()) {
                    for (Set<String> partners : java.util.List.of(Set.<String>of(), Set.of("VE-MP"), Set.of("PE-PNP", "VE-CICPC"))) {
                        for (boolean released : new boolean[] {true, false}) {
                            for (boolean listed : new boolean[] {true, false}) {
                                records.add(new Rec(issuer, country, scope, partners, released, listed));
                            }
                        }
                    }
                }
            }
        }
        int comparedPairs = 0;
        for (Viewer a : viewers) {
            for (Viewer b : viewers) {
                if (a != b && SharingPolicy.visibilityKey(a).equals(SharingPolicy.visibilityKey(b))) {
                    comparedPairs++;
                    for (Rec r : records) {
                        assertThat(SharingPolicy.mayView(a, r)).as("%s and %s on %s", a, b, r)
                                .isEqualTo(SharingPolicy.mayView(b, r));
                    }
                }
            }
        }
        // viewers that differ only in name or roles were compared, and the public with the public
        assertThat(comparedPairs).isGreaterThan(viewers.size());
    }

    @Test
    void the_visibility_key_holds_the_agency_and_country_of_staff_and_nothing_for_the_public() {
        assertThat(SharingPolicy.visibilityKey(VE)).isEqualTo(new SharingPolicy.VisibilityKey(false, "VE-CICPC", "VE"));
        assertThat(SharingPolicy.visibilityKey(Viewer.PUBLIC)).isEqualTo(new SharingPolicy.VisibilityKey(true, null, null));
        assertThat(SharingPolicy.visibilityKey(new Viewer("anonymous", "VE-CICPC", "VE", EnumSet.noneOf(Role.class))))
                .isEqualTo(new SharingPolicy.VisibilityKey(true, null, null));
    }
}
