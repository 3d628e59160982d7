package org.sabueso.federation.notices;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RecordKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.person.PersonCopies;
import org.sabueso.person.PersonView;
import org.sabueso.reward.RewardOfferCopies;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Notices that cross between nodes (issue 16, item 2): with their subject, the subject's photos
 * and the reward offers on them. The sharing policy decides on both sides: the owner sends a
 * node the notice when one of the node's agencies may see it, and the receiver stores it only
 * when one of its own agencies may, and only from the node of the notice's issuing agency.
 */
@Component
@FederatedNode
class NoticeRecordKind implements RecordKind {

    private static final String KEY_PREFIX = "notice:";

    /** What a national node without posts ever sends: the other scopes stay in the country, or the agency. */
    private static final EnumSet<SharingScope> CROSSING = EnumSet.of(SharingScope.PARTNERS, SharingScope.ALL_MEMBERS,
            SharingScope.PUBLIC);

    private final Notices notices;
    private final NoticeCopies copies;
    private final PersonCopies persons;
    private final RewardOfferCopies offers;
    private final Agencies agencies;
    private final Directory directory;

    NoticeRecordKind(Notices notices, NoticeCopies copies, PersonCopies persons, RewardOfferCopies offers,
                     Agencies agencies, Directory directory) {
        this.notices = notices;
        this.copies = copies;
        this.persons = persons;
        this.offers = offers;
        this.agencies = agencies;
        this.directory = directory;
    }

    @Override
    public String stateKind() {
        return Kinds.NOTICE_STATE;
    }

    @Override
    public String removedKind() {
        return Kinds.NOTICE_REMOVED;
    }

    @Override
    public String recordKey(String recordId) {
        return KEY_PREFIX + recordId;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> ownerNode(String recordId) {
        UUID id = parse(recordId);
        Optional<NoticeCopies.Held> held = copies.state(id);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        // a notice of this node's own is this node's, whatever its status: no other node may overwrite it
        return Optional.of(held.get().isCopy() ? held.get().copyOfNode() : directory.self());
    }

    /** The node of the issuing agency the state names; read from the payload without reading the rest. */
    @Override
    public Optional<String> ownerNamedBy(Envelope state) {
        JsonNode agency = state.payload() == null ? null : state.payload().get("issuingAgencyId");
        return agency == null || !agency.isString() ? Optional.empty() : directory.nodeOfAgency(agency.asString());
    }

    /**
     * Only this node's own, released notices are sent (a copy is sent by its owner alone), and only
     * to a node one of whose agencies the sharing policy lets see it; a post has one agency.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<Object> stateFor(String recordId, NodeEntry destination) {
        return statesFor(recordId).apply(destination);
    }

    /** The notice, its subject's photos and its offers read once; then the policy per destination. */
    @Override
    @Transactional(readOnly = true)
    public java.util.function.Function<NodeEntry, Optional<Object>> statesFor(String recordId) {
        UUID id = parse(recordId);
        if (copies.state(id).map(NoticeCopies.Held::isCopy).orElse(true)) {
            return destination -> Optional.empty();
        }
        Optional<NoticeDetail> found = notices.forScreening(List.of(id)).stream().findFirst();
        if (found.isEmpty() || !found.get().released() || !ownedHere(found.get())) {
            return destination -> Optional.empty();
        }
        NoticeDetail n = found.get();
        NoticeState state = NoticeStates.of(n, persons.photos(n.subject().id()), offers.ownOffersOn(id));
        return destination -> destination.id().equals(directory.self()) || !anyAgencyMaySee(destination, n)
                ? Optional.empty() : Optional.of(state);
    }

    @Override
    @Transactional
    public void applyState(Envelope envelope) {
        NoticeState state = NoticeStates.read(envelope.payload());
        if (!envelope.recordKey().equals(recordKey(state.id().toString()))) {
            throw new Refused(RefusalCode.NOT_OWNER, "the message's key names another notice than its payload");
        }
        NoticeCopy copy = NoticeStates.copy(state, envelope.from());
        PersonView subject = NoticeStates.subject(state);
        String from = envelope.from();
        // that the sender owns the notice (its issuing agency's node, and the node of the copy held
        // here) was checked by the inbox (RecordOwners); its subject is checked here
        // the usual case, a copy from the sender already, is told by one query
        if (!persons.copyOf(subject.id()).map(from::equals).orElse(false) && persons.held(subject.id())) {
            throw new Refused(RefusalCode.NOT_OWNER, "person " + subject.id() + " is not a copy from " + from);
        }
        if (!copy.released() || !anyAgencyMaySee(directory.selfEntry(), copy)) {
            throw new Refused(RefusalCode.NOT_VISIBLE_HERE, "no agency of " + directory.self() + " may see " + copy.id());
        }
        persons.upsert(withKnownAssertingAgency(subject, copy.issuingAgencyId()), NoticeStates.photos(state), from);
        copies.upsert(copy);
        offers.replace(copy.id(), NoticeStates.offers(state), from);
    }

    @Override
    @Transactional
    public void applyRemoval(Envelope envelope) {
        String from = envelope.from();
        if (!envelope.recordKey().startsWith(KEY_PREFIX)) {
            throw new IllegalArgumentException("not a notice's key: " + envelope.recordKey());
        }
        UUID id = parse(envelope.recordKey().substring(KEY_PREFIX.length()));
        Optional<NoticeCopies.Held> held = copies.state(id);
        if (held.isEmpty() || !from.equals(held.get().copyOfNode())) {
            // never received, or received and refused: nothing to withdraw (and only the copy's own
            // node may withdraw it, which the inbox checked: RecordOwners)
            return;
        }
        Optional<UUID> subject = notices.forScreening(List.of(id)).stream().findFirst().map(n -> n.subject().id());
        copies.remove(id, from);
        offers.replace(id, List.of(), from);
        subject.filter(s -> copies.liveCopiesOn(s).isEmpty()).ifPresent(s -> persons.remove(s, from));
    }

    /**
     * A national node sends its notices shared beyond the country; with posts of its own it sends
     * them every released notice, as the post's agency may see its country's and its own notices.
     */
    @Override
    public Stream<String> ownedRecordIds() {
        NodeEntry self = directory.selfEntry();
        boolean hasPosts = directory.nodes().stream().anyMatch(n -> self.id().equals(n.parent()));
        return copies.ownReleased(self.agencyIds(), hasPosts ? EnumSet.allOf(SharingScope.class) : CROSSING)
                .stream().map(UUID::toString);
    }

    /** Issued by an agency this node holds (a post holds none: its national node speaks for its agency). */
    private boolean ownedHere(NoticeDetail n) {
        return directory.nodeOfAgency(n.issuingAgencyId()).map(directory.self()::equals).orElse(false);
    }

    /** A node may see a record when any of its agencies may, each as the policy sees it (its id and country). */
    boolean anyAgencyMaySee(NodeEntry node, Shared record) {
        return visibleTo(node).test(record);
    }

    /**
     * The same decision for many records (a snapshot chunk): the node's agencies and their
     * countries are looked up once, not once per record.
     */
    java.util.function.Predicate<Shared> visibleTo(NodeEntry node) {
        List<SharingPolicy.VisibilityKey> keys = node.agencyIds().stream()
                .map(a -> new SharingPolicy.VisibilityKey(false, a, countryOf(a, node))).toList();
        return record -> keys.stream().anyMatch(k -> SharingPolicy.mayView(k, record));
    }

    private String countryOf(String agencyId, NodeEntry node) {
        return agencies.find(agencyId).map(AgencyView::country).map(c -> c.value()).orElse(node.country());
    }

    /** The person's facts are recorded as asserted by an agency known here; the issuing agency always is. */
    private PersonView withKnownAssertingAgency(PersonView p, String issuingAgency) {
        if (p.assertedBy() != null && agencies.find(p.assertedBy()).isPresent()) {
            return p;
        }
        return new PersonView(p.id(), p.externalId(), p.writtenName(), p.name(), p.aliases(), p.birthDate(),
                p.nationalities(), p.documents(), p.sex(), p.description(), issuingAgency);
    }

    private static UUID parse(String recordId) {
        try {
            return UUID.fromString(recordId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a notice id: " + recordId, e);
        }
    }
}
