package org.sabueso.tip.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tip line's crypto, in one room: a tip's content key, sealed for the tipster (under a key
 * derived from the codename) and wrapped for each receiving agency's current public key; the
 * report, messages and photos sealed under it; the receipt hash and the claimant derived from the
 * codename. Nothing here touches SQL; {@link TipRepository} stores what this seals. See
 * {@link TipCrypto} for the primitives and docs/adr/0006 for the design.
 */
@Component
class TipVault {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tipster's report as it is sealed: one JSON document per entry. */
    record Report(String what, String where, String when, String text) {

        static Report message(String text) {
            return new Report(null, null, null, text);
        }
    }

    /** A new tip's keys: its content key, that key sealed for the tipster, and wrapped for each agency. */
    record NewKeys(byte[] contentKey, byte[] sealedForTipster, List<TipRepository.Recipient> recipients) {
    }

    private final AgencyKeys keys;
    private final TipSecrets secrets;

    TipVault(AgencyKeys keys, TipSecrets secrets) {
        this.keys = keys;
        this.secrets = secrets;
    }

    /**
     * A fresh content key for tip {@code tipId}, sealed for the codename's holder and each agency (one
     * ephemeral key for all) whose key is known here.
     */
    NewKeys newTip(UUID tipId, String canonicalCodename, Set<String> agencies) {
        byte[] contentKey = TipCrypto.randomKey();
        byte[] forTipster = TipCrypto.seal(TipCrypto.tipsterKey(canonicalCodename, tipId), contentKey, TipCrypto.uuid(tipId));
        TipCrypto.Ephemeral ephemeral = TipCrypto.Ephemeral.fresh();
        List<TipRepository.Recipient> recipients = new ArrayList<>();
        for (String agency : agencies) {
            // an agency held by a node whose key has not arrived yet cannot be sealed for (AgencyKeys.forSealing)
            keys.forSealing(agency).ifPresent(key -> recipients.add(new TipRepository.Recipient(agency, key.id(),
                    TipCrypto.wrapFor(ephemeral, key.key(), contentKey, TipCrypto.context(tipId, key.id())))));
        }
        return new NewKeys(contentKey, forTipster, recipients);
    }

    /** The content key, opened with the codename. */
    byte[] openForTipster(String canonicalCodename, UUID tipId, byte[] sealedForTipster) {
        return TipCrypto.open(TipCrypto.tipsterKey(canonicalCodename, tipId), sealedForTipster, TipCrypto.uuid(tipId));
    }

    /** The content key, unwrapped with the receiving agency's private key. */
    byte[] openForAgency(UUID tipId, TipRepository.WrappedKey wrapped) {
        return TipCrypto.unwrapWith(keys.privateKey(wrapped.keyId()), wrapped.wrapped(), TipCrypto.context(tipId, wrapped.keyId()));
    }

    byte[] seal(byte[] contentKey, UUID tipId, UUID entryId, Report report) {
        return TipCrypto.seal(contentKey, JSON.writeValueAsBytes(report), TipCrypto.context(tipId, entryId));
    }

    Report open(byte[] contentKey, UUID tipId, UUID entryId, byte[] sealed) {
        return JSON.readValue(TipCrypto.open(contentKey, sealed, TipCrypto.context(tipId, entryId)), Report.class);
    }

    byte[] sealPhoto(byte[] contentKey, UUID tipId, UUID photoId, byte[] bytes) {
        return TipCrypto.seal(contentKey, bytes, TipCrypto.context(tipId, photoId));
    }

    byte[] openPhoto(byte[] contentKey, UUID tipId, UUID photoId, byte[] sealed) {
        return TipCrypto.open(contentKey, sealed, TipCrypto.context(tipId, photoId));
    }

    /** What the tip is found by: a keyed hash of the codename, so the table alone does not tell a codename. */
    byte[] receiptHash(String canonicalCodename) {
        return TipCrypto.hmac(secrets.receiptKey(), canonicalCodename);
    }

    /**
     * The claimant a tip's reward claims are filed under: a keyed hash of the codename, apart
     * from the receipt hash by its prefix. Without the codename nobody, the server included, can
     * tell which tip a claim belongs to; with it the tipster finds their claims (ADR 0006).
     */
    byte[] claimant(String canonicalCodename) {
        return TipCrypto.hmac(secrets.receiptKey(), "reward-claim:" + canonicalCodename);
    }
}
