package org.sabueso.screening.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.ReceivedHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of hits that crossed between nodes: {@code screening_hit.awaiting_node} and {@code from_node}. */
@Repository
class RemoteHitRepository {

    private final JdbcClient jdbc;

    RemoteHitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a hit another node opened, OPEN, keeping its id; false when that id is here already. */
    boolean insert(ReceivedHit h, String fromNode) {
        return jdbc.sql("""
                        INSERT INTO screening_hit (id, screening_id, notice_id, person_id, issuing_agency_id, screened_by,
                          screened_by_agency, purpose, query_name, query_birth_date, subject_name, score, explanation,
                          explanation_items, status, deadline, created_at, kind, screened_at, place, from_node)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?, ?::jsonb, 'OPEN', ?,?,?,?,?,?)
                        ON CONFLICT DO NOTHING""")
                .params(h.id(), h.screeningId(), h.noticeId(), h.personId(), h.issuingAgencyId(), h.screenedBy(),
                        h.screenedByAgency(), h.purpose(), h.queryName(), h.queryBirthDate(), h.subjectName(), h.score(),
                        h.explanation(), ExplanationItems.json(h.explanationItems()), Timestamp.from(h.deadline()),
                        Timestamp.from(h.createdAt()), h.kind().name(), Timestamp.from(h.screenedAt()), h.place(), fromNode)
                .update() > 0;
    }

    void awaitAnswerFrom(UUID id, String nodeId) {
        jdbc.sql("UPDATE screening_hit SET awaiting_node = ? WHERE id = ?").params(nodeId, id).update();
    }

    Optional<String> receivedFrom(UUID id) {
        return jdbc.sql("SELECT from_node FROM screening_hit WHERE id = ? AND from_node IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    /** Records the issuing node's answer if the hit is OPEN and waits for that node; false otherwise. */
    boolean answerFrom(String nodeId, UUID id, HitStatus status, HitAction action, String note, String answeredBy,
                       Instant answeredAt) {
        return jdbc.sql("""
                        UPDATE screening_hit SET status = ?, action = ?, answer_note = ?, answered_by = ?, answered_at = ?,
                          awaiting_node = NULL
                        WHERE id = ? AND status = 'OPEN' AND awaiting_node = ?""")
                .params(status.name(), action == null ? null : action.name(), note, answeredBy,
                        Timestamp.from(answeredAt), id, nodeId)
                .update() > 0;
    }
}
