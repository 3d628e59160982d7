package org.sabueso.federation.tips;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RecordKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.TipExchange;
import org.springframework.stereotype.Component;

/**
 * The public tip keys of this node's agencies, copied to every national node. Why a kind of its
 * own and not the directory: the directory is signed once by the federation's key and changes
 * when nodes join; a tip key changes whenever its agency rotates it (ADR 0006), on that node's own
 * schedule, and the node that holds the private half is the one to vouch for the public one. A
 * public key is no secret, so every national node may have it; posts take no tips and get none.
 */
@Component
@FederatedNode
class AgencyKeyRecords implements RecordKind {

    private static final String PREFIX = "agency-key:";

    /** What crosses: the agency, its key's id and the 32-byte X25519 public key. */
    record KeyState(String agencyId, UUID keyId, byte[] publicKey) {
    }

    private final Directory directory;
    private final TipExchange tips;

    AgencyKeyRecords(Directory directory, TipExchange tips) {
        this.directory = directory;
        this.tips = tips;
    }

    @Override
    public String stateKind() {
        return Kinds.AGENCY_KEY_STATE;
    }

    @Override
    public String removedKind() {
        return Kinds.AGENCY_KEY_REMOVED;
    }

    @Override
    public String recordKey(String agencyId) {
        return PREFIX + agencyId;
    }

    @Override
    public Optional<String> ownerNode(String agencyId) {
        return directory.nodeOfAgency(agencyId);
    }

    /** The agency is the record: its key names it, and the payload must name the same (checked on applying). */
    @Override
    public Optional<String> ownerNamedBy(Envelope state) {
        return recordId(state.recordKey()).flatMap(directory::nodeOfAgency);
    }

    @Override
    public Optional<Object> stateFor(String agencyId, NodeEntry destination) {
        if (destination.isPost() || destination.id().equals(directory.self()) || !Nodes.heldHere(directory, agencyId)) {
            return Optional.empty();
        }
        TipExchange.AgencyTipKey key = tips.publicKey(agencyId);
        return Optional.of(new KeyState(key.agencyId(), key.keyId(), key.publicKey()));
    }

    @Override
    public void applyState(Envelope envelope) {
        KeyState state = Nodes.read(envelope.payload(), KeyState.class);
        String agencyId = ownedBySender(envelope);
        if (!agencyId.equals(state.agencyId()) || state.keyId() == null) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.recordKey() + " carries the key of " + state.agencyId());
        }
        tips.learnKey(new TipExchange.AgencyTipKey(agencyId, state.keyId(), state.publicKey()), envelope.from());
    }

    @Override
    public void applyRemoval(Envelope envelope) {
        tips.forgetKey(ownedBySender(envelope), envelope.from());
    }

    @Override
    public Stream<String> ownedRecordIds() {
        return directory.selfEntry().agencyIds().stream().filter(a -> Nodes.heldHere(directory, a)).sorted();
    }

    /** The agency the record key names; only the node that holds it speaks for its key. */
    private String ownedBySender(Envelope envelope) {
        String key = envelope.recordKey();
        String agencyId = key != null && key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : "";
        if (!directory.nodeOfAgency(agencyId).map(envelope.from()::equals).orElse(false)) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " does not hold agency " + agencyId);
        }
        return agencyId;
    }
}
