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

import org.sabueso.agency.Capability;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Entry;

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
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration urgentDeadline;
    private final Duration deadline;

    HitService(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Clock clock,
               @Value("${sabueso.screening.urgent-answer-within:PT10M}") Duration urgentDeadline,
               @Value("${sabueso.screening.answer-within:PT12H}") Duration deadline) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** A MATCH to open as a hit, unless its pair was rejected. */
    record Opening(Viewer viewer, Asked asked, Entry entry, double score, String explanation) {
    }

    /** What became of an {@link Opening}: a hit opened, or the remembered rejection that held it back. */
    sealed interface Opened {
        record Hit(UUID hitId) implements Opened {
        }

        record HeldBack(Instant rejectedAt) implements Opened {
        }
    }

    /**
     * Opens a hit in the issuing agency's inbox for each opening, with its audit entry, unless the
     * issuing agency already said this person is not its subject and no new document number was
     * shown since. One transaction for all: the {@link HitWriter} hands in the MATCHes of many
     * screenings at once, so they share one look-up of rejections, one chain lock and one commit.
     */
    @Transactional
    List<Opened> open(List<Opening> openings) {
        record Rejection(UUID noticeId, String identityKey, List<String> documents, Instant at) {
        }
        UUID[] notices = openings.stream().map(o -> o.entry().noticeId()).toArray(UUID[]::new);
        String[] keys = openings.stream().map(o -> o.asked().identityKey()).toArray(String[]::new);
        List<Rejection> rejections = jdbc.sql("""
                        SELECT r.notice_id, r.identity_key, r.documents, r.rejected_at
                        FROM screening_rejection r
                        JOIN unnest(?::uuid[], ?::text[]) AS asked(notice_id, identity_key)
                          ON r.notice_id = asked.notice_id AND r.identity_key = asked.identity_key""")
                .params(notices, keys)
                .query((rs, i) -> new Rejection(rs.getObject(1, UUID.class), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getTimestamp(4).toInstant()))
                .list();
        Instant now = clock.instant();
        List<Opened> outcomes = new ArrayList<>(openings.size());
        List<Object[]> rows = new ArrayList<>();
        List<ScreeningEvents.HitOpened> opened = new ArrayList<>();
        for (Opening o : openings) {
            Optional<Instant> heldBack = rejections.stream()
                    .filter(r -> r.noticeId().equals(o.entry().noticeId()) && r.identityKey().equals(o.asked().identityKey())
                            && r.documents().containsAll(o.asked().documents()))
                    .map(Rejection::at).findFirst();
            if (heldBack.isPresent()) {
                outcomes.add(new Opened.HeldBack(heldBack.get()));
                continue;
            }
            UUID id = UUID.randomUUID();
            Instant due = now.plus(o.entry().urgent() ? urgentDeadline : deadline);
            rows.add(new Object[] {id, o.asked().screeningId(), o.entry().noticeId(), o.entry().personId(),
                    o.entry().issuingAgencyId(), o.viewer().username(), o.viewer().agencyId(), o.asked().purpose(),
                    o.asked().name(), o.asked().birthDate(), o.asked().documents().toArray(String[]::new),
                    o.entry().displayName(), o.score(), o.explanation(), Timestamp.from(due), Timestamp.from(now)});
            opened.add(new ScreeningEvents.HitOpened(id, o.entry().noticeId(), o.entry().issuingAgencyId(),
                    o.viewer().username(), o.viewer().agencyId()));
            outcomes.add(new Opened.Hit(id));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO screening_hit (id, screening_id, notice_id, person_id, issuing_agency_id, screened_by,
                      screened_by_agency, purpose, query_name, query_birth_date, query_documents, subject_name, score,
                      explanation, status, deadline, created_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, 'OPEN', ?, ?)""", rows);
            opened.forEach(events::publishEvent);
        }
        return outcomes;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HitView> inbox(Viewer viewer, HitStatus status, int page) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed("the hit inbox is for analysts and supervisors of an agency");
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
                .filter(h -> mayView(viewer, h));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HitView> ofScreening(Viewer viewer, UUID screeningId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit WHERE screening_id = ? ORDER BY score DESC, id")
                .param(screeningId).query(this::map).list().stream()
                .filter(h -> mayView(viewer, h))
                .toList();
    }

    /**
     * A hit is seen by the agency that screened (the officer follows the answer) and, on the
     * issuing side, by those who answer hits: the hit carries another agency's traveller and
     * purpose, casework that the issuing agency's border and prison officers do not get.
     */
    private static boolean mayView(Viewer viewer, HitView h) {
        return SharingPolicy.mayViewExchange(viewer, h.issuingAgencyId(), h.screenedByAgency())
                && (viewer.belongsTo(h.screenedByAgency()) || Capability.ANSWER_HITS.allows(viewer));
    }

    @Override
    @Transactional
    public HitView answer(Viewer viewer, UUID id, boolean confirmed, HitAction action, String note) {
        HitView hit = get(viewer, id).orElseThrow(() -> new DomainException.NotFound("no hit " + id));
        if (!viewer.belongsTo(hit.issuingAgencyId()) || !Capability.ANSWER_HITS.allows(viewer)) {
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
