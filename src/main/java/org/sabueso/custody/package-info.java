/**
 * Prison custody and oversight: facilities with their units, daily figures (population, staff on
 * duty, meals, visitors), prisoner files with an append-only history (Nelson Mandela Rules 6-9),
 * roll calls whose unresolved shortfalls open escape incidents, incidents with the Rule 71 report,
 * escapes that become wanted notices in the issuing agency's review queue, operations (raids,
 * retakings, mass transfers), and the oversight indicators that warn when a prison slips out of
 * state control. Who sees a facility's oversight is decided by the agency module's sharing policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custody and prison oversight")
package org.sabueso.custody;
