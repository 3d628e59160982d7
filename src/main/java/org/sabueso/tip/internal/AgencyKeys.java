package org.sabueso.tip.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    AgencyKeys(JdbcClient jdbc, TipSecrets secrets, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.secrets = secrets;
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
            jdbc.sql("""
                    INSERT INTO tip_agency_key (id, agency_id, public_key, wrapped_private_key, master_key_id)
                    VALUES (?,?,?,?,?) ON CONFLICT (agency_id) WHERE retired_at IS NULL DO NOTHING""")
                    .params(id, agencyId, pair.publicKey(), wrapPrivate(id, pair.privateKey()), secrets.masterKeyId())
                    .update();
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
