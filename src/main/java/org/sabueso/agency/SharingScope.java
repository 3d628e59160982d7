package org.sabueso.agency;

/** Who, besides the issuing agency, may see a released record. */
public enum SharingScope {
    /** The issuing agency only. */
    AGENCY,
    /** Every agency of the issuing country. */
    NATIONAL,
    /** The issuing agency and the partner agencies named on the record. */
    PARTNERS,
    /** Every member agency. */
    ALL_MEMBERS,
    /** Every member agency and the public portal. */
    PUBLIC
}
