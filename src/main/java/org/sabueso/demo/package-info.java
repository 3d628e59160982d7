/**
 * Demo data for a first start on an empty database: the five agencies of the Tocorón case and
 * their staff, the notices on Tren de Aragua's escaped leaders with Peru's reward, and a few
 * thousand generated persons and notices so that every page has realistic volume.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.sabueso.demo;
