package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.TipKeyHolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Federated, a tip for an agency held by another node is sealed with the public key that node
 * sent, and only that node's private key opens it; nothing here can. The agency is the test's own
 * (removed after), held by a node "VE" in this test's eyes; its key pair is made by the test, as
 * Venezuela's node would make it.
 */
class ForeignAgencyKeysTest extends IntegrationTest {

    static final String FOREIGN = "VE-FEDTIPS-TEST";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TipSecrets secrets;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    AgencyKeys keys;

    @BeforeEach
    void aNodeWhereTheTestAgencyIsHeldByVenezuela() {
        jdbc.sql("INSERT INTO agency (id, country, name, kind) VALUES (?, 'VE', 'Prueba federación', 'POLICE') ON CONFLICT DO NOTHING")
                .param(FOREIGN).update();
        TipKeyHolders holders = agency -> FOREIGN.equals(agency) ? Optional.of("VE") : Optional.empty();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("holders", holders));
        keys = new AgencyKeys(jdbc, secrets, transactions, beans.getBeanProvider(TipKeyHolders.class), events);
    }

    @AfterEach
    void removeTheTestAgency() {
        jdbc.sql("DELETE FROM tip_agency_key WHERE agency_id = ?").param(FOREIGN).update();
        jdbc.sql("DELETE FROM agency WHERE id = ?").param(FOREIGN).update();
    }

    @Test
    void a_tip_for_an_agency_of_another_node_waits_for_its_key_and_is_then_sealed_for_that_key_only() {
        TipVault vault = new TipVault(keys, secrets);
        UUID before = UUID.randomUUID();
        assertThat(vault.newTip(before, "codename", Set.of(FOREIGN)).recipients())
                .as("no key from Venezuela yet: nothing to seal for").isEmpty();

        TipCrypto.KeyPair venezuelas = TipCrypto.newKeyPair();
        UUID keyId = UUID.randomUUID();
        assertThat(keys.learn(FOREIGN, keyId, venezuelas.publicKey(), "VE")).isTrue();
        assertThat(keys.learn(FOREIGN, keyId, venezuelas.publicKey(), "VE")).as("the same key again changes nothing").isFalse();

        UUID tipId = UUID.randomUUID();
        TipVault.NewKeys sealed = vault.newTip(tipId, "codename", Set.of(FOREIGN));
        assertThat(sealed.recipients()).hasSize(1);
        TipRepository.Recipient r = sealed.recipients().getFirst();
        assertThat(r.keyId()).isEqualTo(keyId);
        assertThat(TipCrypto.unwrapWith(venezuelas.privateKey(), r.wrapped(), TipCrypto.context(tipId, keyId)))
                .as("Venezuela's private key opens it").isEqualTo(sealed.contentKey());
        assertThat(keys.opensHere(FOREIGN, keyId)).as("no private half here").isFalse();
        assertThat(jdbc.sql("SELECT length(wrapped_private_key) FROM tip_agency_key WHERE id = ?").param(keyId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_rotation_from_the_holding_node_replaces_the_key_and_a_rotation_here_is_refused() {
        keys.current("PE-PNP");
        TipCrypto.KeyPair first = TipCrypto.newKeyPair();
        TipCrypto.KeyPair second = TipCrypto.newKeyPair();
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        keys.learn(FOREIGN, firstId, first.publicKey(), "VE");
        keys.learn(FOREIGN, secondId, second.publicKey(), "VE");

        assertThat(keys.forSealing(FOREIGN).orElseThrow().id()).isEqualTo(secondId);
        assertThat(jdbc.sql("SELECT retired_at IS NOT NULL FROM tip_agency_key WHERE id = ?").param(firstId)
                .query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> keys.rotate(FOREIGN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.learn("PE-PNP", UUID.randomUUID(), second.publicKey(), "VE"))
                .as("an agency with a pair of its own here").isInstanceOf(IllegalStateException.class);

        keys.forget(FOREIGN, "VE");
        assertThat(keys.forSealing(FOREIGN)).isEmpty();
    }
}
