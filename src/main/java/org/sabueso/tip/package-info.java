/**
 * Anonymous tips: the public tip line (on each public notice page and a general form), receipts
 * given as codenames, tips encrypted at rest for the agencies that receive them, the triage inbox
 * with statuses, assignment, internal notes, two-way messages with the tipster, and sightings on
 * each notice's "last seen" timeline. Nothing that identifies a tipster is stored or logged:
 * see {@code docs/adr/0006-tips-anonymity-and-encryption.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tips")
package org.sabueso.tip;
