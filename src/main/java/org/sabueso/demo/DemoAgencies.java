package org.sabueso.demo;

import java.util.List;

import org.sabueso.agency.AgencyView;

/**
 * The demo's member agencies, one police force per country: {@code federation init} lists them in
 * the directory it writes, so a local federation's nodes hold the agencies the demo loads.
 */
public final class DemoAgencies {

    private DemoAgencies() {
    }

    public static List<AgencyView> all() {
        return DemoData.AGENCIES;
    }
}
