package org.sabueso.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.Hits;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a hit for every MATCH, unless the issuing agency already said this person is not its
 * subject (and no new document number was shown since); takes the issuing agency's answer.
 */
@Service
class HitService implements Hits {

    private static final String COLUMNS = """
            id, screening_id, notice_id, person_id, issuing_agency_id, screened_by, screened_by_agency, purpose,
            query_name, query_birth_date, subject_name, score, explanation, status, deadline, action, answer_note,
            answered_by, answered_at, created_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration urgentDeadline;
    private final Duration deadline;

    HitService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
               @Value("${sabueso.screening.urgent-answer-within:PT10M}") Duration urgentDeadline,
               @Value("${sabueso.screening.answer-within:PT12H}") Duration deadline) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.urgentDeadline = urgentDeadline;
        this.deadline = deadline;
    }

    /** What the screening asked, to record with the hit and to recognise a remembered rejection. */
    record Asked(UUID screeningId, String name, String birthDate, List<String> documents, String purpose) {

        String identityKey() {
            List<String> tokens = new ArrayList<>(NameKeys.significant(NameKeys.tokens(name)));
            tokens.replaceAll(NameKeys::phonetic);
            tokens.sort(null);
            return String.join(" ", tokens) + "|" + (birthDate == null ? "" : birthDate);
        }
    }

    /** When was this (notice, person) pair rejected, if the rejection still holds for what was shown now. */
    Optional<Instant> rejected(UUID noticeId, Asked asked) {
        record Rejection(List<String> documents, Instant at) {
        }
        return jdbc.sql("SELECT documents, rejected_at FROM screening_rejection WHERE notice_id = ? AND identity_key = ?")
                .params(noticeId, asked.identityKey())
                .query((rs, i) -> new Rejection(List.of((String[]) rs.getArray(1).getArray()), rs.getTimestamp(2).toInstant()))
                .optional()
                .filter(r -> r.documents().containsAll(asked.documents()))
                .map(Rejection::at);
    }

    /** Opens a hit in the issuing agency's inbox, with its audit entry; returns its id. */
    @Transactional
    UUID open(Viewer viewer, Asked asked, Entry entry, double score, String explanation) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant due = now.plus(entry.urgent() ? urgentDeadline : deadline);
        jdbc.sql("""
                INSERT INTO screening_hit (id, screening_id, notice_id, person_id, issuing_agency_id, screened_by,
                  screened_by_agency, purpose, query_name, query_birth_date, query_documents, subject_name, score,
                  explanation, status, deadline, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, 'OPEN', ?, ?)""")
                .params(id, asked.screeningId(), entry.noticeId(), entry.personId(), entry.issuingAgencyId(),
                        viewer.username(), viewer.agencyId(), asked.purpose(), asked.name(), asked.birthDate(),
                        asked.documents().toArray(String[]::new), entry.displayName(), score, explanation,
                        Timestamp.from(due), Timestamp.from(now))
                .update();
        events.publishEvent(new ScreeningEvents.HitOpened(id, entry.noticeId(), entry.issuingAgencyId(),
                viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HitView> inbox(Viewer viewer, HitStatus status, int page) {
        if (viewer.agencyId() == null) {
            return new Page<>(List.of(), 0, 0, 25);
        }
        String where = " WHERE issuing_agency_id = ?" + (status == null ? "" : " AND status = ?");
        List<Object> params = new ArrayList<>(List.of(viewer.agencyId()));
        if (status != null) {
            params.add(status.name());
        }
        return page(where, params, Math.max(0, page));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HitView> sent(Viewer viewer, int page) {
        if (viewer.agencyId() == null) {
            return new Page<>(List.of(), 0, 0, 25);
        }
        return page(" WHERE screened_by_agency = ?", List.of(viewer.agencyId()), Math.max(0, page));
    }

    private Page<HitView> page(String where, List<Object> params, int page) {
        long total = jdbc.sql("SELECT count(*) FROM screening_hit" + where).params(params).query(Long.class).single();
        List<Object> p = new ArrayList<>(params);
        p.add(25);
        p.add(page * 25L);
        List<HitView> items = jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit" + where
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?").params(p).query(this::map).list();
        return new Page<>(items, total, page, 25);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HitView> get(Viewer viewer, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit WHERE id = ?").param(id).query(this::map).optional()
                .filter(h -> SharingPolicy.mayViewExchange(viewer, h.issuingAgencyId(), h.screenedByAgency()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HitView> ofScreening(Viewer viewer, UUID screeningId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit WHERE screening_id = ? ORDER BY score DESC, id")
                .param(screeningId).query(this::map).list().stream()
                .filter(h -> SharingPolicy.mayViewExchange(viewer, h.issuingAgencyId(), h.screenedByAgency()))
                .toList();
    }

    @Override
    @Transactional
    public HitView answer(Viewer viewer, UUID id, boolean confirmed, HitAction action, String note) {
        HitView hit = get(viewer, id).orElseThrow(() -> new DomainException.NotFound("no hit " + id));
        if (!viewer.belongsTo(hit.issuingAgencyId()) || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of the issuing agency answer a hit");
        }
        if (hit.status() != HitStatus.OPEN) {
            throw new DomainException.Conflict("this hit was already answered: " + hit.status());
        }
        if (confirmed && action == null) {
            throw new DomainException.InvalidInput("action", "say what the officer must do: ARREST, LOCATE or INFORM");
        }
        if (note != null && note.length() > 2000) {
            throw new DomainException.InvalidInput("note", "the note is longer than 2000 characters");
        }
        if (!confirmed && (note == null || note.isBlank())) {
            throw new DomainException.InvalidInput("note", "say why this is not the wanted person");
        }
        HitStatus status = confirmed ? HitStatus.CONFIRMED : HitStatus.REJECTED;
        int n = jdbc.sql("""
                UPDATE screening_hit SET status = ?, action = ?, answer_note = ?, answered_by = ?, answered_at = ?
                WHERE id = ? AND status = 'OPEN'""")
                .params(status.name(), confirmed ? action.name() : null, note, viewer.username(),
                        Timestamp.from(clock.instant()), id)
                .update();
        if (n == 0) {
            throw new DomainException.Conflict("this hit was answered meanwhile");
        }
        if (!confirmed) {
            rememberRejection(hit, viewer);
        }
        events.publishEvent(new ScreeningEvents.HitAnswered(id, hit.noticeId(), status, confirmed ? action : null,
                viewer.username(), viewer.agencyId()));
        return get(viewer, id).orElseThrow();
    }

    private void rememberRejection(HitView hit, Viewer viewer) {
        List<String> documents = jdbc.sql("SELECT query_documents FROM screening_hit WHERE id = ?").param(hit.id())
                .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray())).single();
        Asked asked = new Asked(hit.screeningId(), hit.queryName(), hit.queryBirthDate(), documents, hit.purpose());
        jdbc.sql("""
                INSERT INTO screening_rejection (notice_id, identity_key, documents, hit_id, rejected_by) VALUES (?,?,?,?,?)
                ON CONFLICT (notice_id, identity_key) DO UPDATE SET documents = excluded.documents, hit_id = excluded.hit_id,
                  rejected_by = excluded.rejected_by, rejected_at = now()""")
                .params(hit.noticeId(), asked.identityKey(), documents.toArray(String[]::new), hit.id(), viewer.username())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public long overdue(Viewer viewer) {
        if (viewer.agencyId() == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM screening_hit WHERE issuing_agency_id = ? AND status = 'OPEN' AND deadline < ?")
                .params(viewer.agencyId(), Timestamp.from(clock.instant())).query(Long.class).single();
    }

    private HitView map(ResultSet rs, int i) throws SQLException {
        Instant deadlineAt = rs.getTimestamp("deadline").toInstant();
        HitStatus status = HitStatus.valueOf(rs.getString("status"));
        String action = rs.getString("action");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new HitView(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
                rs.getObject("notice_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("issuing_agency_id"), rs.getString("screened_by"), rs.getString("screened_by_agency"),
                rs.getString("purpose"), rs.getString("query_name"), rs.getString("query_birth_date"),
                rs.getString("subject_name"), rs.getDouble("score"), rs.getString("explanation"), status, deadlineAt,
                status == HitStatus.OPEN && deadlineAt.isBefore(clock.instant()),
                action == null ? null : HitAction.valueOf(action), rs.getString("answer_note"),
                rs.getString("answered_by"), answered == null ? null : answered.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
