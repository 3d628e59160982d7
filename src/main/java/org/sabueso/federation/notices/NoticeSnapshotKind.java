package org.sabueso.federation.notices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RecordVersions;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.internal.SnapshotKind;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeCopyBatches;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.person.PersonCopyBatches;
import org.sabueso.person.PersonView;
import org.sabueso.person.Photos;
import org.sabueso.reward.RewardOfferCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices in a snapshot, in bulk ({@code notice.snapshot}): a node joining a federation that holds
 * a million shared notices must screen them all within five minutes (issue 16), which one message
 * and one transaction per notice (15–48 a second) cannot do.
 *
 * <p>The owner builds each chunk at send time with one read for all its notices, and keeps in it
 * only those the joining node may see, decided for each notice by the same {@code SharingPolicy}
 * check as {@link NoticeRecordKind#stateFor}. Photos and reward offers stay out (screening needs
 * neither): a notice that has any follows the chunk as its own {@code notice.state}.
 *
 * <p>The joiner checks each notice as {@link NoticeRecordKind#applyState} does (the sender holds
 * its issuing agency, an agency here may see it), applies only those newer than what the sender
 * said of each before (the per-record version table: a chunk never overwrites a later change), and
 * stores the notices it did not hold with batch inserts, indexed for screening in one go. A notice
 * held already (a copy from the same node) goes through {@link NoticeRecordKind#applyState}. The
 * chunk is audited once by the receiver (its key names the range and count); notices refused in
 * it are audited once more, counted ({@link SnapshotRefusals}).
 */
@Component
@FederatedNode
class NoticeSnapshotKind implements SnapshotKind {

    private static final Logger log = LoggerFactory.getLogger(NoticeSnapshotKind.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY_PREFIX = "notice:";

    /**
     * Notices per chunk row. A notice's state without photos is about 0.6–1 KB of JSON, so 1,000
     * make a message of well under Kafka's default 1 MB; a chunk over {@link #MAX_CHUNK_BYTES} is
     * halved until it fits.
     */
    static final int CHUNK = 1000;
    /**
     * Largest chunk payload: Kafka's producer refuses a record over {@code max.request.size} and the
     * broker one over {@code message.max.bytes}, both about 1 MB by default; the envelope and the
     * signature header add under 1 KB.
     */
    static final int MAX_CHUNK_BYTES = 900_000;

    private final Notices notices;
    private final NoticeCopyBatches copies;
    private final PersonCopyBatches persons;
    private final Photos photos;
    private final RewardOfferCopies offers;
    private final Agencies agencies;
    private final Directory directory;
    private final RecordVersions versions;
    private final NoticeRecordKind records;
    private final ApplicationEventPublisher events;
    /** The bulk insert in a savepoint: when it fails, its notices are applied one by one instead. */
    private final TransactionTemplate inSavepoint;

    NoticeSnapshotKind(Notices notices, NoticeCopyBatches copies, PersonCopyBatches persons, Photos photos,
                       RewardOfferCopies offers, Agencies agencies, Directory directory, RecordVersions versions,
                       NoticeRecordKind records, ApplicationEventPublisher events, PlatformTransactionManager tx) {
        this.notices = notices;
        this.copies = copies;
        this.persons = persons;
        this.photos = photos;
        this.offers = offers;
        this.agencies = agencies;
        this.directory = directory;
        this.versions = versions;
        this.records = records;
        this.events = events;
        this.inSavepoint = new TransactionTemplate(tx);
        this.inSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public String kind() {
        return Kinds.NOTICE_SNAPSHOT;
    }

    @Override
    public String stateKind() {
        return Kinds.NOTICE_STATE;
    }

    @Override
    public int chunkSize() {
        return CHUNK;
    }

    // --- the owner: building chunks ---

    @Override
    public List<Chunk> chunks(List<String> recordIds, NodeEntry destination) {
        if (destination.id().equals(directory.self()) || recordIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = recordIds.stream().map(UUID::fromString).toList();
        java.util.function.Predicate<org.sabueso.agency.Shared> mayBeSeen = records.visibleTo(destination);
        List<NoticeDetail> visible = notices.forScreening(ids).stream()
                .filter(n -> n.released() && ownedHere(n) && mayBeSeen.test(n)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<UUID> withPhotos = photos.mainPhotoIds(visible.stream().map(n -> n.subject().id()).toList()).keySet();
        Set<UUID> withOffers = offers.withOwnOffers(visible.stream().map(NoticeDetail::id).toList());
        List<NoticeState> states = new ArrayList<>(visible.size());
        Set<UUID> followUps = new HashSet<>();
        for (NoticeDetail n : visible) {
            states.add(NoticeStates.of(n, List.of(), List.of()));
            if (withPhotos.contains(n.subject().id()) || withOffers.contains(n.id())) {
                followUps.add(n.id());
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        split(states, followUps, chunks);
        return chunks;
    }

    /** Halves a chunk until its payload fits a Kafka message. */
    private static void split(List<NoticeState> states, Set<UUID> followUps, List<Chunk> into) {
        JsonNode payload = JSON.valueToTree(new NoticeChunk(states));
        if (states.size() > 1 && JSON.writeValueAsBytes(payload).length > MAX_CHUNK_BYTES) {
            int half = states.size() / 2;
            split(states.subList(0, half), followUps, into);
            split(states.subList(half, states.size()), followUps, into);
            return;
        }
        into.add(new Chunk(chunkKey(states), payload, states.stream().map(s -> KEY_PREFIX + s.id()).toList(),
                states.stream().map(NoticeState::id).filter(followUps::contains).map(UUID::toString).toList()));
    }

    /** The chunk's key, in the trail and as the Kafka key: the first and last notice and how many. */
    private static String chunkKey(List<NoticeState> states) {
        return "notices:" + states.getFirst().id() + ".." + states.getLast().id() + "/" + states.size();
    }

    private boolean ownedHere(NoticeDetail n) {
        return directory.nodeOfAgency(n.issuingAgencyId()).map(directory.self()::equals).orElse(false);
    }

    // --- the joiner: applying a chunk ---

    @Override
    public void apply(Envelope envelope) {
        String from = envelope.from();
        List<NoticeState> states = read(envelope.payload());
        java.util.function.Predicate<org.sabueso.agency.Shared> mayBeSeenHere = records.visibleTo(directory.selfEntry());
        int notOwner = 0;
        int notVisible = 0;
        int failed = 0;
        Map<String, NoticeState> allowed = new LinkedHashMap<>();
        for (NoticeState s : states) {
            NoticeCopy copy = NoticeStates.copy(s, from);
            if (!directory.nodeOfAgency(copy.issuingAgencyId()).map(from::equals).orElse(false)) {
                notOwner++;
            } else if (!copy.released() || !mayBeSeenHere.test(copy)) {
                notVisible++;
            } else {
                allowed.put(KEY_PREFIX + s.id(), s);
            }
        }
        // only what is newer than what the sender said of each notice before
        Set<String> newer = versions.advance(from, allowed.keySet(), envelope.version());
        List<NoticeState> toApply = allowed.entrySet().stream().filter(e -> newer.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        Map<UUID, NoticeCopies.Held> held = copies.states(toApply.stream().map(NoticeState::id).toList());
        Map<UUID, Optional<String>> subjectsHeld = persons.holders(toApply.stream().map(s -> s.subject().id()).toList());
        List<NoticeState> fresh = new ArrayList<>();
        List<NoticeState> oneByOne = new ArrayList<>();
        Set<UUID> freshSubjects = new HashSet<>();
        for (NoticeState s : toApply) {
            NoticeCopies.Held h = held.get(s.id());
            Optional<String> subjectHolder = subjectsHeld.get(s.subject().id());
            if (h != null) {
                if (from.equals(h.copyOfNode())) {
                    oneByOne.add(s);
                } else {
                    notOwner++;
                }
            } else if (subjectHolder != null) {
                if (subjectHolder.equals(Optional.of(from))) {
                    oneByOne.add(s);
                } else {
                    notOwner++;
                }
            } else if (!freshSubjects.add(s.subject().id())) {
                // a second notice on a subject of this chunk: once the first stored the person
                oneByOne.add(s);
            } else {
                fresh.add(s);
            }
        }
        if (!fresh.isEmpty() && !storeFresh(fresh, from)) {
            oneByOne.addAll(0, fresh);
        }
        for (NoticeState s : oneByOne) {
            Envelope one = new Envelope(envelope.id(), envelope.schema(), Kinds.NOTICE_STATE, from, envelope.to(),
                    KEY_PREFIX + s.id(), envelope.version(), envelope.sentAt(), NoticeStates.json(s));
            try {
                // a savepoint each: a refusal undoes that notice only, and leaves the chunk's transaction whole
                inSavepoint.executeWithoutResult(status -> records.applyState(one));
            } catch (Refused r) {
                if (r.code() == RefusalCode.NOT_VISIBLE_HERE) {
                    notVisible++;
                } else {
                    notOwner++;
                }
            } catch (RuntimeException ex) {
                // one notice that cannot be stored (a conflicting row) must not sink the chunk's others
                log.warn("federation: notice {} of snapshot chunk {} from {} not stored: {}", s.id(), envelope.recordKey(),
                        from, ex.toString());
                failed++;
            }
        }
        if (notOwner + notVisible + failed > 0) {
            events.publishEvent(new SnapshotRefusals(envelope.recordKey(), from, envelope.id().toString(), notOwner,
                    notVisible, failed));
        }
    }

    /** The notices and subjects not held here, in batches; false (nothing stored) when the batch failed. */
    private boolean storeFresh(List<NoticeState> fresh, String from) {
        Map<String, Boolean> known = new HashMap<>();
        List<PersonView> subjects = new ArrayList<>(fresh.size());
        Map<UUID, PersonView> byId = new HashMap<>();
        List<NoticeCopy> notices = new ArrayList<>(fresh.size());
        for (NoticeState s : fresh) {
            NoticeCopy copy = NoticeStates.copy(s, from);
            PersonView p = withKnownAssertingAgency(NoticeStates.subject(s), copy.issuingAgencyId(), known);
            subjects.add(p);
            byId.put(p.id(), p);
            notices.add(copy);
        }
        try {
            inSavepoint.executeWithoutResult(status -> {
                persons.insertAll(subjects, from);
                copies.insertAll(notices, byId);
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("federation: a snapshot chunk from {} could not be stored in bulk ({}); its notices go one by one",
                    from, e.toString());
            return false;
        }
    }

    /** As {@link NoticeRecordKind}: the person's facts are asserted by an agency known here; the issuing agency always is. */
    private PersonView withKnownAssertingAgency(PersonView p, String issuingAgency, Map<String, Boolean> known) {
        if (p.assertedBy() != null && known.computeIfAbsent(p.assertedBy(), a -> agencies.find(a).isPresent())) {
            return p;
        }
        return new PersonView(p.id(), p.externalId(), p.writtenName(), p.name(), p.aliases(), p.birthDate(),
                p.nationalities(), p.documents(), p.sex(), p.description(), issuingAgency);
    }

    /** Reads a chunk; one that is not a chunk of complete notice states is unreadable. */
    static List<NoticeState> read(JsonNode payload) {
        NoticeChunk chunk;
        try {
            chunk = JSON.treeToValue(payload, NoticeChunk.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable notice.snapshot payload: " + e.getMessage(), e);
        }
        if (chunk == null) {
            throw new IllegalArgumentException("empty notice.snapshot payload");
        }
        for (NoticeState s : chunk.states()) {
            // what NoticeStates.read asks of one state
            if (s == null || s.id() == null || s.subject() == null || s.subject().id() == null || s.status() == null
                    || s.issuingAgencyId() == null || s.sharingScope() == null) {
                throw new IllegalArgumentException("incomplete state in a notice.snapshot payload");
            }
        }
        return chunk.states();
    }
}
