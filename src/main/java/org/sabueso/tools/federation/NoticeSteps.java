package org.sabueso.tools.federation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A notice's life through the API as README documents it: an analyst drafts and submits it, a
 * supervisor of the same agency (another person) approves it with the four Article 3 checks; then
 * transitions and renewals, each a change the federation carries to the nodes that may see it.
 */
public final class NoticeSteps {

    /** The subject of a notice: name as written, birth date, nationality and one national id. */
    public record Subject(String name, String birthDate, String nationality, String documentNumber) {
    }

    private NoticeSteps() {
    }

    /** Drafts, submits and approves; returns the ACTIVE notice's id. */
    public static UUID activate(NodeApi analyst, NodeApi supervisor, Subject subject, String scope,
                                List<String> partnerAgencyIds) {
        UUID id = draft(analyst, subject, scope, partnerAgencyIds);
        analyst.post("/api/v1/notices/" + id + "/submit", Map.of("reason", "orden vigente"));
        Map<String, Object> checks = Map.of("noPoliticalCharacter", true, "noMilitaryCharacter", true,
                "noReligiousCharacter", true, "noRacialCharacter", true);
        JsonNode reviewed = supervisor.post("/api/v1/notices/" + id + "/review",
                Map.of("checks", checks, "approve", true, "comment", "conforme"));
        if (!"ACTIVE".equals(reviewed.get("status").asString())) {
            throw new IllegalStateException("notice " + id + " not ACTIVE after approval: " + reviewed);
        }
        return id;
    }

    public static UUID draft(NodeApi analyst, Subject subject, String scope, List<String> partnerAgencyIds) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", subject.name());
        person.put("birthDate", subject.birthDate());
        person.put("nationalities", List.of(subject.nationality()));
        if (subject.documentNumber() != null) {
            person.put("documents", List.of(Map.of("type", "national_id", "number", subject.documentNumber(),
                    "country", subject.nationality())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", person);
        body.put("offences", List.of("HOMICIDE"));
        body.put("summary", "Notice of the federation harness");
        body.put("warrantReference", "FED-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("legalBasis", "Orden de aprehensión del tribunal competente");
        body.put("requestedAction", "ARREST_FOR_EXTRADITION");
        body.put("sharingScope", scope);
        body.put("partnerAgencyIds", partnerAgencyIds);
        body.put("reviewBy", LocalDate.now().plusYears(1).toString());
        return UUID.fromString(analyst.post("/api/v1/notices", body).get("id").asString());
    }

    /** LOCATED, ARRESTED, CANCELLED, or ACTIVE again from LOCATED. */
    public static JsonNode transition(NodeApi staff, UUID notice, String status) {
        return staff.post("/api/v1/notices/" + notice + "/transitions", Map.of("status", status,
                "reason", "cambio de estado " + status));
    }

    /** Moves the review-by date: a change of an open notice's content that every copy must follow. */
    public static JsonNode renew(NodeApi staff, UUID notice, LocalDate reviewBy) {
        return staff.post("/api/v1/notices/" + notice + "/renew", Map.of("reviewBy", reviewBy.toString(),
                "reason", "prórroga"));
    }

    /** A screening as a border officer asks it; the answer's hits, best first, with the MATCHes' hitIds. */
    public static JsonNode screen(NodeApi officer, Subject subject, String place) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("name", subject.name());
        q.put("birthDate", subject.birthDate());
        q.put("nationality", subject.nationality());
        if (subject.documentNumber() != null) {
            q.put("documents", List.of(Map.of("type", "national_id", "number", subject.documentNumber(),
                    "country", subject.nationality())));
        }
        q.put("purpose", "control migratorio");
        q.put("place", place);
        return officer.post("/api/v1/screenings", q);
    }

    /** The hitId of the first MATCH on {@code notice} in a screening's answer, or null. */
    public static UUID matchOn(JsonNode screening, UUID notice) {
        for (JsonNode h : screening.get("hits")) {
            if (notice.toString().equals(h.get("noticeId").asString()) && "MATCH".equals(h.get("decision").asString())
                    && h.hasNonNull("hitId")) {
                return UUID.fromString(h.get("hitId").asString());
            }
        }
        return null;
    }
}
