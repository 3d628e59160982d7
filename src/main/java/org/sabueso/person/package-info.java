/**
 * Persons: names as written and in their parts, aliases and nicknames, partial birth dates,
 * nationalities, identity documents and physical description, each fact with the agency that
 * asserted it. Persons are read through the records that share them (notices), which apply the
 * sharing policy; this module does not decide visibility itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persons")
package org.sabueso.person;
