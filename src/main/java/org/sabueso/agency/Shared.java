package org.sabueso.agency;

import java.util.Set;

/**
 * What the sharing policy needs to know about a record: who issued it, how widely it is shared,
 * and whether it has been released (approved) at all. Unreleased records stay with their issuer.
 */
public interface Shared {

    String issuingAgencyId();

    String issuingCountry();

    SharingScope sharingScope();

    Set<String> partnerAgencyIds();

    boolean released();

    /** Whether the public portal may show it (released and in a state fit for the public). */
    boolean publiclyListed();
}
