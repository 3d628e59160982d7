/**
 * Rewards: offers on notices by any agency (exact amounts in ISO 4217 currencies, validity,
 * conditions, legal basis) and the exchange rates at which they are shown in other currencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rewards")
package org.sabueso.reward;
