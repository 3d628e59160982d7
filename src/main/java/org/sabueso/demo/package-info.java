/**
 * Demo data for a first start on an empty database: the five agencies of the Tocorón case and
 * their staff, the notices on Tren de Aragua's escaped leaders with Peru's reward, and a few
 * thousand generated persons and notices (from a fixed seed) so that every page has realistic
 * volume. Its public API is the population it draws from, for benchmarks and generators elsewhere:
 * {@link org.sabueso.demo.HispanicNames} (names by country with realistic frequencies) and
 * {@link org.sabueso.demo.IdentityNumbers} (national document numbers with their check digits).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.sabueso.demo;
