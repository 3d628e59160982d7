package org.sabueso.tip.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.sabueso.tip.TipExchange;
import org.sabueso.tip.TipKeyHolders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each agency's X25519 key pair for tips. Made on first need, in a transaction of its own so a
 * tip that fails never leaves a key that only the cache knows; the private half is kept wrapped
 * by the master key and unwrapped in memory only when staff of the agency read a tip.
 * {@link #rotate} gives an agency a new pair and re-wraps every tip content key for it, after
 * which the old private key is erased.
 *
 * <p>Federated (issue 16), an agency held by another node has no pair here: its public key is the
 * one that node sent ({@link #learn}), stored with the node's name and no private half, and tips for
 * it are sealed with that ({@link #forSealing}). Each new pair of an agency held here is announced
 * ({@link TipExchange.AgencyKeyChanged}) in the transaction that stores it.
 */
@Component
class AgencyKeys {

    record PublicKey(UUID id, byte[] key) {
    }

    private final JdbcClient jdbc;
    private final TipSecrets secrets;
    private final TransactionTemplate ownTransaction;
    private final Map<String, PublicKey> current = new ConcurrentHashMap<>();
    private final Map<UUID, byte[]> privateKeys = new ConcurrentHashMap<>();

    private final ObjectProvider<TipKeyHolders> holders;
    private final ApplicationEventPublisher events;

    AgencyKeys(JdbcClient jdbc, TipSecrets secrets, PlatformTransactionManager transactions,
               ObjectProvider<TipKeyHolders> holders, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.holders = holders;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    PublicKey current(String agencyId) {
        PublicKey known = current.get(agencyId);
        if (known != null) {
            return known;
        }
        PublicKey key = ownTransaction.execute(status -> {
            TipCrypto.KeyPair pair = TipCrypto.newKeyPair();
            UUID id = UUID.randomUUID();
            int made = jdbc.sql("""
                    INSERT INTO tip_agency_key (id, agency_id, public_key, wrapped_private_key, master_key_id)
                    VALUES (?,?,?,?,?) ON CONFLICT (agency_id) WHERE retired_at IS NULL DO NOTHING""")
                    .params(id, agencyId, pair.publicKey(), wrapPrivate(id, pair.privateKey()), secrets.masterKeyId())
                    .update();
            if (made == 1) {
                events.publishEvent(new TipExchange.AgencyKeyChanged(agencyId));
            }
            return jdbc.sql("SELECT id, public_key FROM tip_agency_key WHERE agency_id = ? AND retired_at IS NULL")
                    .param(agencyId).query((rs, i) -> new PublicKey(rs.getObject(1, UUID.class), rs.getBytes(2))).single();
        });
        current.put(agencyId, key);
        return key;
    }

    byte[] privateKey(UUID keyId) {
        return privateKeys.computeIfAbsent(keyId, id -> {
            record Wrapped(byte[] key, String master) {
            }
            Wrapped w = jdbc.sql("SELECT wrapped_private_key, master_key_id FROM tip_agency_key WHERE id = ?").param(id)
                    .query((rs, i) -> new Wrapped(rs.getBytes(1), rs.getString(2))).single();
            if (!w.master().equals(secrets.masterKeyId())) {
                throw new IllegalStateException("agency key " + id + " was wrapped by master key " + w.master()
                        + ", not by the configured one " + secrets.masterKeyId());
            }
            return TipCrypto.open(secrets.masterKey(), w.key(), TipCrypto.uuid(id));
        });
    }

    /**
     * Gives the agency a new key pair and moves every tip it receives onto it; returns how many
     * were re-wrapped. A second pass, once the new key is the one intake uses, moves the tips
     * that were being stored with the old key while the first pass ran (their rows lock the old
     * key's row, so the pass waits for them), and only then erases the old private keys.
     */
    int rotate(String agencyId) {
        holderOf(agencyId).ifPresent(node -> {
            throw new IllegalStateException("agency " + agencyId + " is held by node " + node + ": rotate its key there");
        });
        current(agencyId);
        TipCrypto.KeyPair pair = TipCrypto.newKeyPair();
        UUID id = UUID.randomUUID();
        Integer moved = ownTransaction.execute(status -> {
            List<UUID> old = jdbc.sql("SELECT id FROM tip_agency_key WHERE agency_id = ? AND retired_at IS NULL FOR UPDATE")
                    .param(agencyId).query(UUID.class).list();
            jdbc.sql("UPDATE tip_agency_key SET retired_at = now() WHERE agency_id = ? AND retired_at IS NULL")
                    .param(agencyId).update();
            jdbc.sql("INSERT INTO tip_agency_key (id, agency_id, public_key, wrapped_private_key, master_key_id) VALUES (?,?,?,?,?)")
                    .params(id, agencyId, pair.publicKey(), wrapPrivate(id, pair.privateKey()), secrets.masterKeyId()).update();
            events.publishEvent(new TipExchange.AgencyKeyChanged(agencyId));
            return rewrap(agencyId, id, pair.publicKey());
        });
        current.put(agencyId, new PublicKey(id, pair.publicKey()));
        Integer stragglers = ownTransaction.execute(status -> {
            jdbc.sql("SELECT id FROM tip_agency_key WHERE agency_id = ? AND retired_at IS NOT NULL FOR UPDATE")
                    .param(agencyId).query(UUID.class).list();
            int n = rewrap(agencyId, id, pair.publicKey());
            // nothing is sealed for the old keys any more: erase their private halves
            List<UUID> erased = jdbc.sql("""
                    UPDATE tip_agency_key k SET wrapped_private_key = '\\x'::bytea WHERE agency_id = ? AND retired_at IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM tip_recipient r WHERE r.key_id = k.id) RETURNING id""")
                    .param(agencyId).query(UUID.class).list();
            erased.forEach(privateKeys::remove);
            return n;
        });
        return (moved == null ? 0 : moved) + (stragglers == null ? 0 : stragglers);
    }

    /**
     * The key a new tip for the agency is sealed with: the agency's own pair when it is held here
     * (made if needed), the key its node sent when it is held elsewhere; empty when that node's
     * key has not arrived yet.
     */
    Optional<PublicKey> forSealing(String agencyId) {
        Optional<String> holder = holderOf(agencyId);
        if (holder.isEmpty()) {
            return Optional.of(current(agencyId));
        }
        PublicKey known = current.get(agencyId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublicKey> learnt = jdbc.sql(
                        "SELECT id, public_key FROM tip_agency_key WHERE agency_id = ? AND retired_at IS NULL AND held_by = ?")
                .params(agencyId, holder.get())
                .query((rs, i) -> new PublicKey(rs.getObject(1, UUID.class), rs.getBytes(2))).optional();
        learnt.ifPresent(k -> current.put(agencyId, k));
        return learnt;
    }

    /**
     * Takes the public key {@code holderNode} sent for its agency, in the caller's transaction: the
     * one it replaces is retired. False when that key is already the current one. The caller has
     * checked that the node holds the agency; an agency with a pair of its own here is refused.
     */
    boolean learn(String agencyId, UUID keyId, byte[] publicKey, String holderNode) {
        if (publicKey == null || publicKey.length != TipCrypto.KEY) {
            throw new IllegalArgumentException("a tip key is 32 bytes");
        }
        Boolean ownPair = jdbc.sql("SELECT EXISTS (SELECT 1 FROM tip_agency_key WHERE agency_id = ? AND held_by IS NULL"
                        + " AND length(wrapped_private_key) > 0)")
                .param(agencyId).query(Boolean.class).single();
        if (ownPair) {
            throw new IllegalStateException("agency " + agencyId + " has a key pair of its own here");
        }
        Boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM tip_agency_key WHERE id = ? AND retired_at IS NULL)")
                .param(keyId).query(Boolean.class).single();
        if (known) {
            return false;
        }
        jdbc.sql("UPDATE tip_agency_key SET retired_at = now() WHERE agency_id = ? AND retired_at IS NULL")
                .param(agencyId).update();
        jdbc.sql("""
                INSERT INTO tip_agency_key (id, agency_id, public_key, wrapped_private_key, master_key_id, held_by)
                VALUES (?,?,?,'\\x'::bytea,?,?)""")
                .params(keyId, agencyId, publicKey, "held-by:" + holderNode, holderNode).update();
        current.put(agencyId, new PublicKey(keyId, publicKey));
        return true;
    }

    /** Retires the key {@code holderNode} sent for the agency: new tips for it wait for the next one. */
    void forget(String agencyId, String holderNode) {
        jdbc.sql("UPDATE tip_agency_key SET retired_at = now() WHERE agency_id = ? AND held_by = ? AND retired_at IS NULL")
                .params(agencyId, holderNode).update();
        current.remove(agencyId);
    }

    /** Whether a tip sealed for this key of this agency opens here: our own pair, its private half not erased. */
    boolean opensHere(String agencyId, UUID keyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tip_agency_key WHERE id = ? AND agency_id = ? AND held_by IS NULL"
                        + " AND length(wrapped_private_key) > 0)")
                .params(keyId, agencyId).query(Boolean.class).single();
    }

    Optional<String> holderOf(String agencyId) {
        TipKeyHolders h = holders.getIfAvailable();
        return h == null ? Optional.empty() : h.holderOf(agencyId);
    }

    private int rewrap(String agencyId, UUID newKey, byte[] newPublic) {
        record Row(UUID tipId, UUID keyId, byte[] wrapped) {
        }
        List<Row> rows = jdbc.sql("SELECT tip_id, key_id, wrapped_key FROM tip_recipient WHERE agency_id = ? AND key_id <> ?")
                .params(agencyId, newKey).query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBytes(3))).list();
        for (Row r : rows) {
            byte[] contentKey = TipCrypto.unwrapWith(privateKey(r.keyId()), r.wrapped(), TipCrypto.context(r.tipId(), r.keyId()));
            jdbc.sql("UPDATE tip_recipient SET key_id = ?, wrapped_key = ? WHERE tip_id = ? AND agency_id = ?")
                    .params(newKey, TipCrypto.wrapFor(newPublic, contentKey, TipCrypto.context(r.tipId(), newKey)),
                            r.tipId(), agencyId).update();
        }
        return rows.size();
    }

    private byte[] wrapPrivate(UUID keyId, byte[] privateKey) {
        return TipCrypto.seal(secrets.masterKey(), privateKey, TipCrypto.uuid(keyId));
    }
}
