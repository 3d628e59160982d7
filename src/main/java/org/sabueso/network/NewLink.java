package org.sabueso.network;

import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/**
 * A link to record, issued by the viewer's agency and shared with {@code scope} (and
 * {@code partners} when the scope is PARTNERS), as notices are.
 */
public record NewLink(LinkType type, NodeRef from, NodeRef to, String role, PartialDate started, PartialDate ended,
                      String source, Confidence confidence, SharingScope scope, Set<String> partners,
                      String externalId) {

    public NewLink {
        partners = partners == null ? Set.of() : Set.copyOf(partners);
        confidence = confidence == null ? Confidence.PROBABLE : confidence;
    }
}
