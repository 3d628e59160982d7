/**
 * Prison custody and oversight: facilities with their units, daily figures (population, staff on
 * duty, meals, visitors), prisoner files with an append-only history (Nelson Mandela Rules 6-9),
 * roll calls whose unresolved shortfalls open escape incidents, incidents with the Rule 71 report,
 * escapes that become wanted notices in the issuing agency's review queue, operations (raids,
 * retakings, mass transfers), and the oversight indicators that warn when a prison slips out of
 * state control. Who sees a facility's oversight is decided by the agency module's sharing policy.
 *
 * <p>Where to start reading: {@link org.sabueso.custody.Custody} is the module's API, and
 * {@code internal.CustodyFacade} hands each call to the aggregate that owns it, each with its
 * service and repository: {@code Facilities} (and {@code FacilityRepository}, units included),
 * {@code OversightReader} with {@code OversightRules} (daily figures in {@code FiguresRepository}),
 * {@code FacilityImports} with {@code CsvImports}, {@code PrisonerFiles}, {@code RollCalls},
 * {@code Incidents} and {@code Escapes} (one {@code IncidentRepository}), and {@code Operations}.
 * {@code CustodyAccess} says who reaches which record; {@code CustodyRules} holds the rules in plain
 * Java; {@code CustodyRefusal} lists every refusal code. The console's pages and the API are cut the
 * same way in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custody and prison oversight")
package org.sabueso.custody;
