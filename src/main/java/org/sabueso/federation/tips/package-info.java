/**
 * Tips across nodes (issue 16, item 2). A tip filed on one node's tip line about a notice that an
 * agency of another node receives is sealed there with that agency's public key, and only the
 * sealed parts cross ({@link org.sabueso.tip.TipExchange.SealedTip}): never the codename's hash,
 * the key sealed for the tipster or anything about the request. Each node sends the public tip
 * keys of its own agencies to every national node as records of their own kind
 * ({@code agency-key.state}), signed by the node that holds them, so a rotation reaches the
 * federation without re-signing the directory. The tipster's follow-up stays on the node where the
 * tip was filed: the receiving agency's questions and status do not travel back (yet).
 */
package org.sabueso.federation.tips;
