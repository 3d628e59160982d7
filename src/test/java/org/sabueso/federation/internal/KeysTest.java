package org.sabueso.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The signatures a node makes and checks are the JDK's Ed25519 signatures to the byte, though
 * made by Bouncy Castle (ten times faster): a node on an older release, signing with the JDK,
 * and one on this release understand each other; and a changed byte, another key or a malformed
 * signature never verifies.
 */
class KeysTest {

    private static final long SEED = 20261205L;

    @Test
    void signatures_are_the_jdks_both_ways_and_nothing_else_verifies() throws Exception {
        Random random = new Random(SEED);
        System.out.println("KeysTest seed " + SEED);
        KeyPair pair = Keys.generate();
        KeyPair other = Keys.generate();
        for (int i = 0; i < 50; i++) {
            byte[] message = new byte[random.nextInt(4000)];
            random.nextBytes(message);

            byte[] ours = Keys.sign(pair.getPrivate(), message);
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(pair.getPrivate());
            jdk.update(message);
            byte[] theirs = jdk.sign();

            assertThat(ours).as("Ed25519 is deterministic: the same signature").isEqualTo(theirs);
            assertThat(Keys.verify(pair.getPublic(), message, theirs)).isTrue();
            assertThat(Keys.verifyWithJdk(pair.getPublic(), message, ours)).isTrue();
            assertThat(Keys.verify(other.getPublic(), message, ours)).as("another key").isFalse();
            if (message.length > 0) {
                byte[] changed = message.clone();
                changed[random.nextInt(changed.length)] ^= 1;
                assertThat(Keys.verify(pair.getPublic(), changed, ours)).as("a changed byte").isFalse();
            }
        }
        byte[] hello = "hola".getBytes(StandardCharsets.UTF_8);
        assertThat(Keys.verify(pair.getPublic(), hello, new byte[12])).as("too short").isFalse();
        assertThat(Keys.verify(pair.getPublic(), hello, null)).isFalse();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThat(Keys.verify(ed448.getPublic(), hello, Keys.sign(pair.getPrivate(), hello))).as("not an Ed25519 key").isFalse();
    }
}
