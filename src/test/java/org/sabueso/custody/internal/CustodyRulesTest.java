package org.sabueso.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.shared.DomainException;

class CustodyRulesTest {

    static final Instant COUNTED = Instant.parse("2026-01-10T06:00:00Z");

    @Test
    void a_shortfall_becomes_an_escape_at_its_deadline_and_not_a_second_before() {
        Instant deadline = CustodyRules.resolveBy(COUNTED, Duration.ofMinutes(30));
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 2, deadline, null, deadline.minusSeconds(1))).isFalse();
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 2, deadline, null, deadline)).isTrue();
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 2, deadline, null, deadline.plusSeconds(1))).isTrue();
    }

    @Test
    void a_resolved_shortfall_or_a_count_over_the_expected_is_never_an_escape() {
        Instant deadline = CustodyRules.resolveBy(COUNTED, Duration.ofMinutes(30));
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 2, deadline, COUNTED.plusSeconds(60), deadline.plusSeconds(1))).isFalse();
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 5, deadline, null, deadline.plusSeconds(1))).isFalse();
        assertThat(CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(4, 4, null, null, deadline.plusSeconds(1))).isFalse();
    }

    @Test
    void only_prison_staff_of_the_facilitys_country_record() {
        assertThat(CustodyRules.prisonStaffOf(new Viewer("ve.prison", "VE-CICPC", "VE", Set.of(Role.PRISON_OFFICER)), "VE")).isTrue();
        assertThat(CustodyRules.prisonStaffOf(new Viewer("ve.supervisor", "VE-CICPC", "VE", Set.of(Role.SUPERVISOR)), "VE")).isTrue();
        assertThat(CustodyRules.prisonStaffOf(new Viewer("co.prison", "CO-DIJIN", "CO", Set.of(Role.PRISON_OFFICER)), "VE")).isFalse();
        assertThat(CustodyRules.prisonStaffOf(new Viewer("ve.analyst", "VE-CICPC", "VE", Set.of(Role.ANALYST)), "VE")).isFalse();
        assertThat(CustodyRules.prisonStaffOf(Viewer.PUBLIC, "VE")).isFalse();
    }

    @Test
    void headcounts_before_and_after_an_operation_must_reconcile() {
        CustodyRules.headcountsMustReconcile(operation(1617, 0, 1613, 4));
        assertThatThrownBy(() -> CustodyRules.headcountsMustReconcile(operation(1617, 0, 1613, 0)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(e.errors()).containsKey("headcountAfter"));
    }

    static OperationReport operation(int before, int after, int transferred, int escaped) {
        return new OperationReport(OperationKind.RETAKING, LocalDate.of(2023, 9, 20), "FANB", before, after, transferred, 0, 0,
                escaped, 0, null, null, null, List.of());
    }
}
