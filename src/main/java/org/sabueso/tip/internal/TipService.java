package org.sabueso.tip.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Photo;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipEvents;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipSummary;
import org.sabueso.web.StorableText;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.sabueso.tip.TipsterView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tip line. A tip goes to the notice's issuing agency, the partners the notice names and the
 * agencies offering a reward on it, each only while the sharing policy lets it see the notice;
 * a general tip goes to the agency the tipster chose. Everything said is sealed with the tip's
 * content key before it reaches SQL; see {@link TipCrypto}.
 */
@Service
class TipService implements Tips {

    static final int PAGE_SIZE = 25;
    static final int MAX_TEXT = 10_000;
    static final int MAX_SHORT = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tipster's report as it is sealed. */
    record Report(String what, String where, String when, String text) {
    }

    private record TipRow(UUID id, UUID noticeId, TipStatus status, String assignedTo, byte[] tipsterKey,
                          Instant receivedAt, Instant updatedAt, int version) {
    }

    private final JdbcClient jdbc;
    private final AgencyKeys keys;
    private final TipSecrets secrets;
    private final Notices notices;
    private final Agencies agencies;
    private final Rewards rewards;
    private final RewardClaims claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PhotoDecoding photoDecoding;
    private final TransactionTemplate inTransaction;

    TipService(JdbcClient jdbc, AgencyKeys keys, TipSecrets secrets, Notices notices, Agencies agencies, Rewards rewards,
               RewardClaims claims, ApplicationEventPublisher events, Clock clock, PhotoDecoding photoDecoding,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.secrets = secrets;
        this.notices = notices;
        this.agencies = agencies;
        this.rewards = rewards;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
        this.photoDecoding = photoDecoding;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    // ---------------------------------------------------------------- the tipster

    /**
     * Not one transaction from the start: photos are decoded first, outside any transaction, so a
     * slow photo never holds a database connection; then the tip is stored in one.
     */
    @Override
    public Receipt submit(NewTip tip) {
        Map<String, String> errors = new LinkedHashMap<>();
        String what = text(tip.what(), MAX_TEXT, "what", true, errors);
        String where = text(tip.where(), MAX_SHORT, "where", false, errors);
        String when = text(tip.when(), MAX_SHORT, "when", false, errors);
        String details = text(tip.text(), MAX_TEXT, "text", false, errors);
        Set<String> recipients = new LinkedHashSet<>();
        if (tip.noticeId() != null) {
            Optional<Set<String>> routed = routing(tip.noticeId());
            if (routed.isEmpty()) {
                errors.put("noticeId", "no public notice with that id");
            } else {
                recipients.addAll(routed.get());
            }
        } else if (tip.agencyId() == null || tip.agencyId().isBlank()) {
            errors.put("agencyId", "choose the country to tell");
        } else if (agencies.find(tip.agencyId().strip()).isEmpty()) {
            errors.put("agencyId", "unknown agency");
        } else {
            recipients.add(tip.agencyId().strip());
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        List<PhotoSanitizer.Clean> photos = photoDecoding.clean(tip.photos());
        return inTransaction.execute(status -> store(recipients, what, where, when, details, tip.noticeId(), photos));
    }

    private Receipt store(Set<String> recipients, String what, String where, String when, String details, UUID noticeId,
                          List<PhotoSanitizer.Clean> photos) {
        String codename = Codenames.generate(RANDOM);
        UUID id = UUID.randomUUID();
        byte[] contentKey = TipCrypto.randomKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        // the tip, its recipients and its report in one statement: one round trip, then the commit
        UUID entryId = UUID.randomUUID();
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(id, receiptHash(codename), noticeId,
                TipCrypto.seal(TipCrypto.tipsterKey(codename, id), contentKey, TipCrypto.uuid(id)),
                Timestamp.from(now), Timestamp.from(now)));
        StringBuilder values = new StringBuilder();
        TipCrypto.Ephemeral ephemeral = TipCrypto.Ephemeral.fresh();
        for (String agency : recipients) {
            AgencyKeys.PublicKey key = keys.current(agency);
            values.append(values.isEmpty() ? "" : ",").append("(?::uuid,?,?::uuid,?::bytea)");
            params.addAll(List.of(id, agency, key.id(),
                    TipCrypto.wrapFor(ephemeral, key.key(), contentKey, TipCrypto.context(id, key.id()))));
        }
        params.addAll(List.of(entryId, TipEntry.Kind.TIP.name(), Timestamp.from(now),
                TipCrypto.seal(contentKey, JSON.writeValueAsBytes(new Report(what, where, when, details)), TipCrypto.context(id, entryId))));
        jdbc.sql("""
                WITH t AS (INSERT INTO tip (id, receipt_hash, notice_id, tipster_key, received_at, updated_at)
                           VALUES (?,?,?::uuid,?,?,?) RETURNING id),
                     r AS (INSERT INTO tip_recipient (tip_id, agency_id, key_id, wrapped_key) SELECT * FROM (VALUES %s) v
                           WHERE v.column1 IS NOT NULL AND EXISTS (SELECT 1 FROM t))
                INSERT INTO tip_entry (id, tip_id, kind, created_at, sealed) SELECT ?, t.id, ?, ?, ? FROM t"""
                .formatted(values.isEmpty() ? "(NULL::uuid,NULL,NULL::uuid,NULL::bytea)" : values))
                .params(params).update();
        addPhotos(id, entryId, contentKey, photos);
        return new Receipt(codename);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TipsterView> followUp(String codename) {
        return byCodename(codename).map(found -> {
            TipRow t = found.row();
            List<TipEntry> messages = entries(t.id(), found.contentKey()).stream()
                    .filter(e -> e.kind() != TipEntry.Kind.NOTE).toList();
            List<ClaimView> ofTip = claims.ofClaimant(found.claimant());
            List<RewardOffer> claimable = t.status() == TipStatus.LED_TO_CAPTURE && t.noticeId() != null
                    ? rewards.offersFor(List.of(t.noticeId()), LocalDate.now(clock)).getOrDefault(t.noticeId(), List.of())
                    .stream().filter(o -> ofTip.stream().noneMatch(c -> c.offerId().equals(o.id()))).toList()
                    : List.of();
            String subject = t.noticeId() == null ? null
                    : notices.peek(Viewer.PUBLIC, t.noticeId()).map(n -> n.subject().writtenName()).orElse(null);
            return new TipsterView(t.id(), t.noticeId(), subject, TipsterView.of(t.status()), messages, ofTip, claimable);
        });
    }

    /** Like {@link #submit}: the photos are decoded before the transaction that stores the answer. */
    @Override
    public void reply(String codename, String text, List<Photo> photos) {
        Found found = byCodename(codename).orElseThrow(() -> new DomainException.InvalidInput("codename", "no tip with that codename"));
        Map<String, String> errors = new LinkedHashMap<>();
        String message = text(text, MAX_TEXT, "text", PhotoDecoding.present(photos).isEmpty(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        List<PhotoSanitizer.Clean> clean = photoDecoding.clean(photos);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        inTransaction.executeWithoutResult(status -> {
            addEntry(found.row().id(), found.contentKey(), TipEntry.Kind.FROM_TIPSTER, null, null, now,
                    new Report(null, null, null, message), clean);
            touch(found.row().id(), now);
        });
    }

    @Override
    @Transactional
    public void claim(String codename, UUID offerId) {
        Found found = byCodename(codename).orElseThrow(() -> new DomainException.InvalidInput("codename", "no tip with that codename"));
        if (found.row().status() != TipStatus.LED_TO_CAPTURE || found.row().noticeId() == null) {
            throw new DomainException.Conflict("a reward may be claimed once the tip has led to a capture");
        }
        claims.file(found.claimant(), found.row().noticeId(), offerId);
    }

    // ---------------------------------------------------------------- staff

    @Override
    @Transactional(readOnly = true)
    public Page<TipSummary> inbox(Viewer viewer, TipStatus status, boolean mine, int page) {
        requireStaff(viewer);
        StringBuilder sql = new StringBuilder("""
                SELECT t.id, t.notice_id, t.status, t.assigned_to, t.received_at, t.updated_at,
                       (SELECT count(*) FROM tip_entry e WHERE e.tip_id = t.id AND e.kind <> 'NOTE') - 1
                FROM tip t JOIN tip_recipient r ON r.tip_id = t.id AND r.agency_id = ?""");
        List<Object> params = new ArrayList<>(List.of(viewer.agencyId()));
        if (status != null) {
            sql.append(" WHERE t.status = ?");
            params.add(status.name());
        }
        if (mine) {
            sql.append(status == null ? " WHERE" : " AND").append(" t.assigned_to = ?");
            params.add(viewer.username());
        }
        sql.append(" ORDER BY t.status = 'NEW' DESC, t.received_at DESC, t.id LIMIT 5000");
        Map<UUID, Optional<String>> subjects = new HashMap<>();
        List<TipSummary> visible = jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            UUID noticeId = rs.getObject(2, UUID.class);
            return new TipSummary(rs.getObject(1, UUID.class), noticeId, null, TipStatus.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getInt(7), null);
        }).list().stream().map(s -> {
            if (s.noticeId() == null) {
                return Optional.of(s);
            }
            Optional<String> subject = subjects.computeIfAbsent(s.noticeId(), n -> notices.peek(viewer, n)
                    .map(d -> d.subject().writtenName()));
            return subject.map(name -> new TipSummary(s.id(), s.noticeId(), name, s.status(), s.assignedTo(),
                    s.receivedAt(), s.updatedAt(), s.messages(), null));
        }).flatMap(Optional::stream).toList();
        int from = Math.min(visible.size(), page * PAGE_SIZE);
        List<TipSummary> shown = visible.subList(from, Math.min(visible.size(), from + PAGE_SIZE)).stream()
                .map(s -> new TipSummary(s.id(), s.noticeId(), s.subjectName(), s.status(), s.assignedTo(), s.receivedAt(),
                        s.updatedAt(), s.messages(), preview(viewer.agencyId(), s.id()))).toList();
        events.publishEvent(new TipEvents.TipsListed(viewer.username(), viewer.agencyId(),
                (status == null ? "all" : status.name()) + (mine ? " mine" : "") + ", " + shown.size() + " previews"));
        return new Page<>(shown, visible.size(), page, PAGE_SIZE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TipView> read(Viewer viewer, UUID id, String channel) {
        return handled(viewer, id).map(h -> {
            TipRow t = h.row();
            Set<String> recipients = new LinkedHashSet<>(jdbc.sql("SELECT agency_id FROM tip_recipient WHERE tip_id = ? ORDER BY agency_id")
                    .param(id).query(String.class).list());
            events.publishEvent(new TipEvents.TipRead(id, viewer.username(), viewer.agencyId(), channel));
            return new TipView(t.id(), t.noticeId(), h.subject(), t.status(), t.assignedTo(), recipients, t.receivedAt(),
                    t.updatedAt(), t.version(), entries(id, h.contentKey()), sightingsOfTip(viewer, id));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(Viewer viewer, UUID tipId, UUID photoId) {
        return handled(viewer, tipId).flatMap(h -> jdbc.sql("SELECT content_type, sealed FROM tip_attachment WHERE id = ? AND tip_id = ?")
                .params(photoId, tipId)
                .query((rs, i) -> new StoredPhoto(rs.getString(1),
                        TipCrypto.open(h.contentKey(), rs.getBytes(2), TipCrypto.context(tipId, photoId)))).optional()
                .map(p -> {
                    events.publishEvent(new TipEvents.TipPhotoRead(tipId, photoId, viewer.username(), viewer.agencyId()));
                    return p;
                }));
    }

    @Override
    @Transactional
    public void changeStatus(Viewer viewer, UUID id, TipStatus status) {
        Handled h = mustHandle(viewer, id);
        if (status == null) {
            throw new DomainException.InvalidInput("status", "choose a status");
        }
        if (status == h.row().status()) {
            return;
        }
        if (status == TipStatus.LED_TO_CAPTURE && h.row().noticeId() == null) {
            throw new DomainException.InvalidInput("status", "only a tip about a notice can lead to its capture");
        }
        jdbc.sql("UPDATE tip SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), id).update();
        events.publishEvent(new TipEvents.TipTriaged(id, "status", viewer.username(), viewer.agencyId()));
        if (status == TipStatus.LED_TO_CAPTURE) {
            events.publishEvent(new TipEvents.TipLedToCapture(id, h.row().noticeId(), viewer.username(), viewer.agencyId()));
        }
    }

    @Override
    @Transactional
    public void assign(Viewer viewer, UUID id, String username) {
        mustHandle(viewer, id);
        String to = username == null || username.isBlank() ? null : username.strip();
        if (to != null) {
            boolean colleague = to.length() <= 100 && agencies.viewerFor(to)
                    .filter(v -> viewer.agencyId().equals(v.agencyId()) && (v.has(Role.ANALYST) || v.has(Role.SUPERVISOR)))
                    .isPresent();
            if (!colleague) {
                throw new DomainException.InvalidInput("assignedTo", "assign to an analyst or supervisor of your agency");
            }
        }
        jdbc.sql("UPDATE tip SET assigned_to = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(to, Timestamp.from(clock.instant()), id).update();
        events.publishEvent(new TipEvents.TipTriaged(id, "assign", viewer.username(), viewer.agencyId()));
    }

    @Override
    @Transactional
    public void addNote(Viewer viewer, UUID id, String text) {
        staffEntry(viewer, id, TipEntry.Kind.NOTE, text, "note");
    }

    @Override
    @Transactional
    public void message(Viewer viewer, UUID id, String text) {
        staffEntry(viewer, id, TipEntry.Kind.TO_TIPSTER, text, "message");
    }

    private void staffEntry(Viewer viewer, UUID id, TipEntry.Kind kind, String text, String change) {
        Handled h = mustHandle(viewer, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String body = text(text, MAX_TEXT, "text", true, errors);
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        Instant now = clock.instant();
        addEntry(id, h.contentKey(), kind, viewer.username(), viewer.agencyId(), now, new Report(null, null, null, body), List.of());
        touch(id, now);
        events.publishEvent(new TipEvents.TipTriaged(id, change, viewer.username(), viewer.agencyId()));
    }

    @Override
    @Transactional
    public UUID recordSighting(Viewer viewer, UUID tipId, String place, Instant seenAt, Confidence confidence) {
        Handled h = mustHandle(viewer, tipId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (h.row().noticeId() == null) {
            errors.put("tip", "only a tip about a notice gives a sighting of its subject");
        }
        String where = text(place, 300, "place", true, errors);
        if (seenAt == null) {
            errors.put("seenAt", "say when the subject was seen");
        } else if (seenAt.isAfter(clock.instant().plus(1, ChronoUnit.HOURS))) {
            errors.put("seenAt", "a sighting cannot be in the future");
        } else if (seenAt.isBefore(Instant.parse("1990-01-01T00:00:00Z"))) {
            errors.put("seenAt", "too long ago");
        }
        if (confidence == null) {
            errors.put("confidence", "choose how sure the sighting is");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tip_sighting (id, tip_id, notice_id, agency_id, place, seen_at, confidence, recorded_by, recorded_at)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, tipId, h.row().noticeId(), viewer.agencyId(), where, Timestamp.from(seenAt), confidence.name(),
                        viewer.username(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new TipEvents.TipTriaged(tipId, "sighting", viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sighting> sightings(Viewer viewer, UUID noticeId) {
        if (notices.peek(viewer, noticeId).isEmpty()) {
            // as the notice's own page answers, where the sightings are shown
            throw new DomainException.NotFound("no notice " + noticeId);
        }
        if (viewer.agencyId() == null) {
            return List.of();
        }
        return jdbc.sql(SIGHTINGS + " WHERE s.notice_id = ? ORDER BY s.seen_at DESC, s.id")
                .params(viewer.agencyId(), noticeId).query(TipService::sighting).list();
    }

    private static final String SIGHTINGS = """
            SELECT s.id, s.tip_id, s.notice_id, s.agency_id, s.place, s.seen_at, s.confidence, s.recorded_by, s.recorded_at
            FROM tip_sighting s JOIN tip_recipient r ON r.tip_id = s.tip_id AND r.agency_id = ?""";

    private List<Sighting> sightingsOfTip(Viewer viewer, UUID tipId) {
        return jdbc.sql(SIGHTINGS + " WHERE s.tip_id = ? ORDER BY s.seen_at DESC, s.id")
                .params(viewer.agencyId(), tipId).query(TipService::sighting).list();
    }

    private static Sighting sighting(ResultSet rs, int i) throws SQLException {
        return new Sighting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), Confidence.valueOf(rs.getString(7)),
                rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    @Override
    @Transactional(readOnly = true)
    public long waiting(Viewer viewer) {
        return jdbc.sql("""
                SELECT count(*) FROM tip t JOIN tip_recipient r ON r.tip_id = t.id AND r.agency_id = ? WHERE t.status = 'NEW'""")
                .param(viewer.agencyId()).query(Long.class).single();
    }

    // ---------------------------------------------------------------- inside

    /** How a notice's tips are routed, remembered for a few seconds: the tip line's hot path reads no notice. */
    private record Routing(long until, Optional<Set<String>> recipients) {
    }

    private static final long ROUTING_NANOS = 5_000_000_000L;
    private final Map<UUID, Routing> routes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The receiving agencies of a public notice's tips; empty when no public notice has that id. */
    private Optional<Set<String>> routing(UUID noticeId) {
        long now = System.nanoTime();
        Routing known = routes.get(noticeId);
        if (known != null && now - known.until() < 0) {
            return known.recipients();
        }
        Optional<Set<String>> recipients = notices.peek(Viewer.PUBLIC, noticeId).map(this::recipientsOf);
        if (routes.size() > 10_000) {
            routes.clear();
        }
        routes.put(noticeId, new Routing(now + ROUTING_NANOS, recipients));
        return recipients;
    }

    /** The agencies that receive tips on a notice, each only while it may see the notice. */
    private Set<String> recipientsOf(NoticeDetail notice) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(notice.issuingAgencyId());
        candidates.addAll(notice.partnerAgencyIds());
        rewards.offersFor(List.of(notice.id()), LocalDate.now(clock)).getOrDefault(notice.id(), List.of())
                .forEach(o -> candidates.add(o.offeringAgencyId()));
        Set<String> out = new LinkedHashSet<>();
        for (String agency : candidates) {
            Optional<AgencyView> a = agencies.find(agency);
            if (a.isPresent() && SharingPolicy.mayView(new Viewer("tip-line", agency, a.get().country().value(), Set.of()), notice)) {
                out.add(agency);
            }
        }
        return out;
    }

    /** A tip opened with its codename; {@code claimant} is what its reward claims are filed under. */
    private record Found(TipRow row, byte[] contentKey, byte[] claimant) {
    }

    private record Handled(TipRow row, byte[] contentKey, String subject) {
    }

    private Optional<Found> byCodename(String codename) {
        return Codenames.canonical(codename).flatMap(c -> row("WHERE receipt_hash = ?", receiptHash(c))
                .map(t -> new Found(t, TipCrypto.open(TipCrypto.tipsterKey(c, t.id()), t.tipsterKey(), TipCrypto.uuid(t.id())),
                        claimant(c))));
    }

    /**
     * The claimant a tip's reward claims are filed under: a keyed hash of the codename, apart
     * from the receipt hash by its prefix. Without the codename nobody, the server included, can
     * tell which tip a claim belongs to; with it the tipster finds their claims (ADR 0006).
     */
    private byte[] claimant(String canonicalCodename) {
        return TipCrypto.hmac(secrets.receiptKey(), "reward-claim:" + canonicalCodename);
    }

    private Optional<Handled> handled(Viewer viewer, UUID id) {
        if (id == null || viewer.agencyId() == null || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            return Optional.empty();
        }
        return row("WHERE id = ?", id).flatMap(t -> {
            String subject = null;
            if (t.noticeId() != null) {
                Optional<NoticeDetail> notice = notices.peek(viewer, t.noticeId());
                if (notice.isEmpty()) {
                    return Optional.empty();
                }
                subject = notice.get().subject().writtenName();
            }
            String s = subject;
            return contentKey(viewer.agencyId(), id).map(k -> new Handled(t, k, s));
        });
    }

    /** The tip's content key, unwrapped with the agency's private key; empty when the agency does not receive the tip. */
    private Optional<byte[]> contentKey(String agencyId, UUID tipId) {
        return jdbc.sql("SELECT key_id, wrapped_key FROM tip_recipient WHERE tip_id = ? AND agency_id = ?")
                .params(tipId, agencyId)
                .query((rs, i) -> {
                    UUID keyId = rs.getObject(1, UUID.class);
                    return TipCrypto.unwrapWith(keys.privateKey(keyId), rs.getBytes(2), TipCrypto.context(tipId, keyId));
                }).optional();
    }

    /** The first words of what the tipster saw, for the inbox. */
    private String preview(String agencyId, UUID tipId) {
        return contentKey(agencyId, tipId).flatMap(key -> jdbc.sql("SELECT id, sealed FROM tip_entry WHERE tip_id = ? AND kind = 'TIP'")
                .param(tipId).query((rs, i) -> JSON.readValue(TipCrypto.open(key, rs.getBytes(2),
                        TipCrypto.context(tipId, rs.getObject(1, UUID.class))), Report.class).what()).optional())
                .map(w -> w.length() > 120 ? w.substring(0, 119) + "…" : w).orElse("");
    }

    private Handled mustHandle(Viewer viewer, UUID id) {
        requireStaff(viewer);
        return handled(viewer, id).orElseThrow(() -> new DomainException.NotFound("no tip " + id));
    }

    private static void requireStaff(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of an agency handle its tips");
        }
    }

    private Optional<TipRow> row(String where, Object param) {
        return jdbc.sql("SELECT id, notice_id, status, assigned_to, tipster_key, received_at, updated_at, version FROM tip " + where)
                .param(param)
                .query((rs, i) -> new TipRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TipStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getBytes(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(), rs.getInt(8)))
                .optional();
    }

    private void addEntry(UUID tipId, byte[] contentKey, TipEntry.Kind kind, String author, String agency, Instant at,
                          Report report, List<PhotoSanitizer.Clean> photos) {
        UUID entryId = UUID.randomUUID();
        jdbc.sql("INSERT INTO tip_entry (id, tip_id, kind, author, agency_id, created_at, sealed) VALUES (?,?,?,?,?,?,?)")
                .params(entryId, tipId, kind.name(), author, agency, Timestamp.from(at),
                        TipCrypto.seal(contentKey, JSON.writeValueAsBytes(report), TipCrypto.context(tipId, entryId)))
                .update();
        addPhotos(tipId, entryId, contentKey, photos);
    }

    private void addPhotos(UUID tipId, UUID entryId, byte[] contentKey, List<PhotoSanitizer.Clean> photos) {
        for (PhotoSanitizer.Clean p : photos) {
            UUID photoId = UUID.randomUUID();
            jdbc.sql("INSERT INTO tip_attachment (id, tip_id, entry_id, content_type, sealed) VALUES (?,?,?,?,?)")
                    .params(photoId, tipId, entryId, p.contentType(),
                            TipCrypto.seal(contentKey, p.bytes(), TipCrypto.context(tipId, photoId)))
                    .update();
        }
    }

    private List<TipEntry> entries(UUID tipId, byte[] contentKey) {
        Map<UUID, List<UUID>> photos = new HashMap<>();
        jdbc.sql("SELECT entry_id, id FROM tip_attachment WHERE tip_id = ? ORDER BY id").param(tipId)
                .query((ResultSet rs) -> {
                    photos.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("SELECT id, kind, author, agency_id, created_at, sealed FROM tip_entry WHERE tip_id = ? ORDER BY seq")
                .param(tipId)
                .query((rs, i) -> {
                    UUID entryId = rs.getObject(1, UUID.class);
                    Report r = JSON.readValue(TipCrypto.open(contentKey, rs.getBytes(6), TipCrypto.context(tipId, entryId)), Report.class);
                    return new TipEntry(entryId, TipEntry.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), r.what(), r.where(), r.when(), r.text(),
                            photos.getOrDefault(entryId, List.of()));
                }).list();
    }

    private void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE tip SET updated_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    private byte[] receiptHash(String canonicalCodename) {
        return TipCrypto.hmac(secrets.receiptKey(), canonicalCodename);
    }

    /**
     * Text as typed, null when blank. Text the database cannot store (NUL, other control
     * characters, broken Unicode) is refused beside its field, as the edge refuses it everywhere
     * else: the multipart forms of the tip line are read only here, after their chain's limits.
     */
    static String text(String value, int max, String field, boolean required, Map<String, String> errors) {
        if (!StorableText.taken(value)) {
            errors.put(field, StorableText.REFUSAL);
            return null;
        }
        String v = value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.put(field, "is required");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, "at most " + max + " characters");
            return null;
        }
        return v;
    }
}
