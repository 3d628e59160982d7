package org.sabueso.notice.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.shared.DomainException;

/** The rules of reviewing an import as a whole, without a database. */
class ImportRulesTest {

    private static final Viewer ANALYST = new Viewer("pe.analyst", "PE-PNP", "PE", Set.of(Role.ANALYST));
    private static final Viewer SUPERVISOR = new Viewer("pe.supervisor", "PE-PNP", "PE", Set.of(Role.SUPERVISOR));

    private static ImportRepository.ImportRow imported(String by, SharingScope scope) {
        return new ImportRepository.ImportRow(UUID.randomUUID(), "PE-PNP", scope, by, Instant.now());
    }

    @Test
    void only_a_supervisor_who_did_not_import_reviews_an_import() {
        assertThatThrownBy(() -> ImportRules.onlyASupervisorOfTheImportingAgencyMayReview(ANALYST))
                .isInstanceOf(DomainException.NotAllowed.class);
        assertThatThrownBy(() -> ImportRules.theImporterMayNotReviewTheirOwnImport(SUPERVISOR,
                imported("pe.supervisor", SharingScope.AGENCY))).isInstanceOf(DomainException.NotAllowed.class);
        assertThatCode(() -> ImportRules.theImporterMayNotReviewTheirOwnImport(SUPERVISOR,
                imported("pe.analyst", SharingScope.AGENCY))).doesNotThrowAnyException();
    }

    @Test
    void a_public_import_is_never_reviewed_as_a_whole() {
        assertThatThrownBy(() -> ImportRules.aPublicImportIsReviewedNoticeByNotice(imported("pe.analyst", SharingScope.PUBLIC)))
                .isInstanceOf(DomainException.Conflict.class);
        for (SharingScope scope : Set.of(SharingScope.AGENCY, SharingScope.NATIONAL, SharingScope.ALL_MEMBERS)) {
            assertThatCode(() -> ImportRules.aPublicImportIsReviewedNoticeByNotice(imported("pe.analyst", scope)))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void approval_needs_every_article_3_check_and_a_return_needs_a_reason() {
        ComplianceChecks oneFailed = new ComplianceChecks(true, true, false, true);
        assertThatThrownBy(() -> ImportRules.aReviewSaysWhy(oneFailed, true, "ok"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("checks"));
        assertThatThrownBy(() -> ImportRules.aReviewSaysWhy(ComplianceChecks.allPassing(), false, "  "))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("comment"));
        assertThatCode(() -> ImportRules.aReviewSaysWhy(ComplianceChecks.allPassing(), true, null)).doesNotThrowAnyException();
        assertThatCode(() -> ImportRules.aReviewSaysWhy(oneFailed, false, "vínculo político")).doesNotThrowAnyException();
    }

    @Test
    void only_the_importer_adds_notices_to_an_import() {
        assertThatThrownBy(() -> ImportRules.onlyTheImporterAddsToAnImport(SUPERVISOR, imported("pe.analyst", SharingScope.AGENCY)))
                .isInstanceOf(DomainException.NotAllowed.class);
        assertThatCode(() -> ImportRules.onlyTheImporterAddsToAnImport(ANALYST, imported("pe.analyst", SharingScope.AGENCY)))
                .doesNotThrowAnyException();
    }
}
