package org.sabueso.agency;

import java.util.List;
import java.util.Optional;

/**
 * Each agency's public tip line, configured per agency. Public data: the portal lists them for
 * anyone, so nothing here passes through the sharing policy.
 */
public interface Hotlines {

    /** The hotline of one agency, if it has one. */
    Optional<Hotline> of(String agencyId);

    /** Every agency that has a hotline, by country and then agency. */
    List<Hotline> all();

    /**
     * Sets (or, with null or blank, removes) an agency's hotline.
     *
     * @throws org.sabueso.shared.DomainException.InvalidInput when the number is longer than 60
     *         characters or holds control characters, or the agency does not exist
     */
    void set(String agencyId, String number);

    /**
     * A supervisor sets (or removes) their own agency's hotline; audited as
     * {@code agency.hotline.change}.
     *
     * @throws org.sabueso.shared.DomainException.NotAllowed without {@link Capability#SET_HOTLINE}
     */
    void set(Viewer viewer, String number);
}
