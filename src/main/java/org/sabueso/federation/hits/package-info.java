/**
 * Hits across nodes (issue 16, items 2 and 4). Each node screens against its own notices and the
 * copies it received; a MATCH on a copy of another node's notice is sent to that node
 * ({@code hit.opened}), enters its issuing agency's inbox as a local hit would, and the answer comes
 * back ({@code hit.answered}). Until it does, the officer's hit says whose answer it waits for
 * ({@code HitView.awaitingNode}, "waiting for Venezuela").
 *
 * <p>{@link org.sabueso.federation.hits.HitsToOtherNodes} sends, in the transaction that opened or
 * answered the hit; {@link org.sabueso.federation.hits.HitOpenedKind} and
 * {@link org.sabueso.federation.hits.HitAnsweredKind} apply what arrives, after checking that the
 * sender may speak for it; {@link org.sabueso.federation.hits.HitMessages} is the wire form. The
 * screening module's side is {@link org.sabueso.screening.RemoteHits}.
 */
package org.sabueso.federation.hits;
