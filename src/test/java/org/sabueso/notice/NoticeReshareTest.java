package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.person.NewPerson;
import org.sabueso.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor of the issuing agency changes who may see a released notice; everyone else is refused, with a code. */
class NoticeReshareTest extends IntegrationTest {

    @Autowired
    Notices notices;
    @Autowired
    Agencies agencies;

    @Test
    void a_supervisor_narrows_a_released_notice_and_other_agencies_no_longer_see_it() {
        UUID id = released(SharingScope.ALL_MEMBERS);
        assertThat(notices.peek(viewer("pe.analyst"), id)).isPresent();

        notices.reshare(viewer("ve.supervisor"), id, SharingScope.PARTNERS, Set.of("CO-DIJIN"), "solo con Colombia");

        assertThat(notices.peek(viewer("pe.analyst"), id)).isEmpty();
        assertThat(notices.peek(viewer("co.analyst"), id)).get().extracting(NoticeDetail::sharingScope)
                .isEqualTo(SharingScope.PARTNERS);
        assertThat(notices.history(viewer("ve.analyst"), id).getLast().reasonCode()).isEqualTo(NoticeReason.RESHARED);
        assertThat(http("pe.analyst").get("/api/v1/notices/" + id).status()).isEqualTo(404);
    }

    @Test
    void the_api_reshares_for_a_supervisor_and_answers_problems_with_codes_otherwise() {
        UUID id = released(SharingScope.ALL_MEMBERS);
        String path = "/api/v1/notices/" + id + "/scope";
        var analyst = http("ve.analyst").postJson(path, java.util.Map.of("sharingScope", "AGENCY", "reason", "x"));
        assertThat(analyst.status()).isEqualTo(403);
        var bad = http("ve.supervisor").postJson(path, java.util.Map.of("sharingScope", "EVERYONE", "reason", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("sharingScope");
        var missing = http("ve.supervisor").postJson(path, java.util.Map.of("reason", "x"));
        assertThat(missing.json().get("code").asString()).isEqualTo("scope.required");
        assertThat(notices.peek(viewer("pe.analyst"), id)).as("nothing changed yet").isPresent();
        var done = http("ve.supervisor").postJson(path,
                java.util.Map.of("sharingScope", "PARTNERS", "partnerAgencyIds", List.of("CO-DIJIN"), "reason", "solo con Colombia"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("sharingScope").asString()).isEqualTo("PARTNERS");
        assertThat(http("pe.analyst").get("/api/v1/notices/" + id).status()).isEqualTo(404);
    }

    @Test
    void resharing_is_refused_with_a_code_for_drafts_analysts_other_agencies_and_bad_scopes() {
        UUID id = released(SharingScope.ALL_MEMBERS);
        UUID draft = notices.draft(viewer("ve.analyst"), draft(SharingScope.PUBLIC));
        assertCode(() -> notices.reshare(viewer("ve.supervisor"), draft, SharingScope.AGENCY, Set.of(), "x"),
                "conflict.reshareDraft");
        assertCode(() -> notices.reshare(viewer("ve.analyst"), id, SharingScope.AGENCY, Set.of(), "x"),
                "notAllowed.cancelOrRenew");
        assertCode(() -> notices.reshare(viewer("co.supervisor"), id, SharingScope.AGENCY, Set.of(), "x"),
                "notAllowed.change");
        assertCode(() -> notices.reshare(viewer("ve.supervisor"), id, SharingScope.PARTNERS, Set.of(), "x"),
                "partners.required");
        assertCode(() -> notices.reshare(viewer("ve.supervisor"), id, SharingScope.PARTNERS, Set.of("XX-NONE"), "x"),
                "partners.unknown");
        assertCode(() -> notices.reshare(viewer("ve.supervisor"), id, null, Set.of(), "x"), "scope.required");
        assertCode(() -> notices.reshare(viewer("ve.supervisor"), id, SharingScope.AGENCY, Set.of(), " "),
                "reason.required");
        assertThat(notices.peek(viewer("pe.analyst"), id)).as("nothing changed").isPresent();
    }

    private static void assertCode(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.refusal().code()).isEqualTo(code));
    }

    private UUID released(SharingScope scope) {
        UUID id = notices.draft(viewer("ve.analyst"), draft(scope));
        notices.submitForReview(viewer("ve.analyst"), id, null);
        notices.review(viewer("ve.supervisor"), id, new ComplianceChecks(true, true, true, true), true, "ok");
        return id;
    }

    private static NoticeDraft draft(SharingScope scope) {
        return new NoticeDraft(new NewPerson("Saturnino Bonifacio Reverón Aldana", null, null, null, null, null, null,
                null, null), List.of("Extorsión"), null, "ORD-RESHARE-1", "COPP art. 236", RequestedAction.LOCATE,
                scope, Set.of(), LocalDate.now().plusYears(1));
    }

    private Viewer viewer(String username) {
        return agencies.viewerFor(username).orElseThrow();
    }
}
