package org.sabueso.tip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tips between nodes (issue 16). A tip is sealed where the tipster filed it, for each receiving
 * agency's public key; what leaves for an agency held by another node is that agency's wrapped
 * content key and the sealed report and photos ({@link SealedTip}), nothing the tipster holds: no
 * receipt hash, no key sealed for the codename, nothing about the request. The receiving node
 * stores it in the agency's inbox, where its own private key opens it. The tipster's follow-up
 * stays on the node where the tip was filed: what the agency says to the tipster and the tip's
 * status go back there ({@link AgencyAnswer}), sealed under the tip's content key, which the
 * codename opens only there; the tipster's replies go to the agency's node ({@link TipsterReplies}).
 */
public interface TipExchange {

    /** An agency's current public tip key (X25519, 32 bytes). */
    record AgencyTipKey(String agencyId, UUID keyId, byte[] publicKey) {
    }

    /**
     * A tip as it leaves for some of its receiving agencies: their wrapped content keys, and the
     * tipster's report and photos as sealed under the content key (the ids are part of what each
     * seal binds, so they travel unchanged). Times are to the minute, as stored.
     */
    record SealedTip(UUID tipId, UUID noticeId, Instant receivedAt, List<Recipient> recipients, List<Entry> entries,
                     List<SealedPhoto> photos) {

        public SealedTip {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            entries = entries == null ? List.of() : List.copyOf(entries);
            photos = photos == null ? List.of() : List.copyOf(photos);
        }

        /** A receiving agency, the key its content key is wrapped for, and the wrapped key. */
        public record Recipient(String agencyId, UUID keyId, byte[] wrappedKey) {
        }

        /** The tipster's report, sealed. */
        public record Entry(UUID id, Instant at, byte[] sealed) {
        }

        public record SealedPhoto(UUID id, UUID entryId, String contentType, byte[] sealed) {
        }
    }

    /**
     * What one receiving agency, held by another node, said to the tipster and the tip's status
     * there: for the node whose tip line took the tip. Entries as stored, sealed under the tip's
     * content key (each seal binds the tip's and the entry's ids); every entry the agency wrote to
     * the tipster so far, so a message that arrives twice or late changes nothing.
     */
    record AgencyAnswer(UUID tipId, String agencyId, TipStatus status, List<FollowUpEntry> entries) {

        public AgencyAnswer {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /**
     * The tipster's replies, sealed, with their photos: for the nodes of the receiving agencies.
     * Every reply so far; times to the minute, as stored.
     */
    record TipsterReplies(UUID tipId, List<FollowUpEntry> entries, List<SealedTip.SealedPhoto> photos) {

        public TipsterReplies {
            entries = entries == null ? List.of() : List.copyOf(entries);
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    /** One sealed entry of a follow-up; {@code author} is the staff member for an agency's, null for the tipster's. */
    record FollowUpEntry(UUID id, String author, Instant at, byte[] sealed) {
    }

    /**
     * A staff member changed a tip's status or wrote to its tipster. Published inside the change's
     * transaction for every tip; a federated node sends the answer when the tip came from another node.
     */
    record TipAnswered(UUID tipId, String agencyId) {
    }

    /** The tipster replied on this node's tip line. Not audited (a tipster's actions never are). */
    record TipsterReplied(UUID tipId) {
    }

    /** What became of a sealed tip that arrived. */
    enum Acceptance {
        STORED,
        /** The same tip from the same node is already here: nothing changed. */
        ALREADY_HELD,
        /** A tip with this id came from another node, or was filed here. */
        OTHER_SENDER,
        /** A recipient is not an agency whose key this node holds. */
        NOT_OUR_AGENCY,
        /** A recipient may not see the tip's notice here (or the notice is not here). */
        NOTICE_NOT_VISIBLE,
        /** Sealed for a key of ours that does not exist or whose private half is erased. */
        UNKNOWN_KEY,
        /** The sealed report does not open with our key, or the tip is incomplete. */
        UNREADABLE
    }

    /**
     * A tip was filed on this node's tip line. Carries its id only and is not audited (a tipster's
     * actions never are); published inside the filing transaction, so a listener that queues it
     * for another node commits with the tip.
     */
    record TipFiled(UUID tipId) {
    }

    /** An agency held here got a new tip key (its first, or a rotation): other nodes must learn it. */
    record AgencyKeyChanged(String agencyId) {
    }

    /** The current public key of an agency held here, made if it has none yet. */
    AgencyTipKey publicKey(String agencyId);

    /** The agencies a tip was sealed for. */
    List<String> recipients(UUID tipId);

    /** The tip as it leaves for these of its agencies; empty when the tip is not here or none of them receives it. */
    Optional<SealedTip> sealedFor(UUID tipId, Set<String> agencyIds);

    /**
     * Takes the public key of an agency held by {@code holderNode}: new tips for it are sealed with
     * it. False when that key was already known.
     */
    boolean learnKey(AgencyTipKey key, String holderNode);

    /** Forgets the key of an agency held by {@code holderNode}: tips for it wait until a key arrives. */
    void forgetKey(String agencyId, String holderNode);

    /** Stores a tip sealed on {@code fromNode} for agencies held here, in their inboxes; checks first. */
    Acceptance accept(SealedTip tip, String fromNode);

    /** The node a tip here came from; empty for a tip filed on this node's tip line (or not here). */
    Optional<String> receivedFrom(UUID tipId);

    /** The agency's answer as it leaves for the node that took the tip; empty when the agency holds no part of it here. */
    Optional<AgencyAnswer> answerOf(UUID tipId, String agencyId);

    /** The tipster's replies as they leave for the agencies' nodes; empty when the tip is not here. */
    Optional<TipsterReplies> repliesOf(UUID tipId);

    /**
     * Takes an agency's answer for a tip filed here: its new messages to the tipster and the
     * status. {@code OTHER_SENDER} when the tip was not filed here or the agency is none of its
     * recipients; the caller has checked that {@code fromNode} holds the agency.
     */
    Acceptance acceptAnswer(AgencyAnswer answer, String fromNode);

    /** Takes the tipster's new replies for a tip that {@code fromNode} sent here; they must open with a key held here. */
    Acceptance acceptReplies(TipsterReplies replies, String fromNode);
}
