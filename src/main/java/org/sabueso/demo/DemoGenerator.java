package org.sabueso.demo;

import java.util.List;

import org.sabueso.agency.AgencyView;
import org.springframework.stereotype.Component;

/** Generates persons and notices with realistic Hispanic names. */
@Component
class DemoGenerator {

    /** Returns how many notices were generated. */
    int generate(int persons, List<AgencyView> agencies) {
        return 0;
    }
}
