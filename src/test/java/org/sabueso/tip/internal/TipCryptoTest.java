package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TipCryptoTest {

    @Test
    void a_content_key_wrapped_for_an_agency_opens_only_with_its_private_key_and_context() {
        TipCrypto.KeyPair peru = TipCrypto.newKeyPair();
        TipCrypto.KeyPair colombia = TipCrypto.newKeyPair();
        byte[] contentKey = TipCrypto.randomKey();
        byte[] context = TipCrypto.context(UUID.randomUUID(), UUID.randomUUID());
        byte[] wrapped = TipCrypto.wrapFor(peru.publicKey(), contentKey, context);
        assertThat(TipCrypto.unwrapWith(peru.privateKey(), wrapped, context)).isEqualTo(contentKey);
        assertThatThrownBy(() -> TipCrypto.unwrapWith(colombia.privateKey(), wrapped, context)).isInstanceOf(IllegalStateException.class);
        byte[] otherRow = TipCrypto.context(UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> TipCrypto.unwrapWith(peru.privateKey(), wrapped, otherRow)).isInstanceOf(IllegalStateException.class);
        // a fresh ephemeral key each time: the same key wrapped twice looks different
        assertThat(TipCrypto.wrapFor(peru.publicKey(), contentKey, context)).isNotEqualTo(wrapped);
    }

    @Test
    void sealed_text_does_not_show_and_tampering_is_detected() {
        byte[] key = TipCrypto.randomKey();
        byte[] aad = "row".getBytes(StandardCharsets.US_ASCII);
        String secret = "Lo vi en el mercado de Gamarra con una camioneta gris";
        byte[] sealed = TipCrypto.seal(key, secret.getBytes(StandardCharsets.UTF_8), aad);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Gamarra");
        assertThat(new String(TipCrypto.open(key, sealed, aad), StandardCharsets.UTF_8)).isEqualTo(secret);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> TipCrypto.open(key, sealed, aad)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_tipster_key_and_the_receipt_hash_are_different_derivations_of_the_codename() {
        UUID tip = UUID.randomUUID();
        byte[] tipsterKey = TipCrypto.tipsterKey("ábaco abdomen abeja abierto abogado abono aborto abrazo", tip);
        byte[] hash = TipCrypto.hmac(new byte[32], "ábaco abdomen abeja abierto abogado abono aborto abrazo");
        assertThat(tipsterKey).hasSize(32).isNotEqualTo(hash);
        assertThat(TipCrypto.tipsterKey("ábaco abdomen abeja abierto abogado abono aborto abrazo", UUID.randomUUID()))
                .isNotEqualTo(tipsterKey);
    }
}
