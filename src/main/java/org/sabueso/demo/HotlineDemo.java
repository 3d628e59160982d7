package org.sabueso.demo;

import java.util.Map;

import org.sabueso.agency.Hotlines;
import org.springframework.stereotype.Component;

/**
 * The demo agencies' tip lines. DEMO VALUES: written in the style of each country's public lines
 * (Peru's reward programme 0800, Chile's PDI 134…) so posters look real, but marked "(demo)" on
 * every poster and page so nobody dials them from a demo poster believing it is a real notice.
 */
@Component
class HotlineDemo {

    static final Map<String, String> NUMBERS = Map.of(
            "VE-CICPC", "0800-24272-24 (demo)",
            "CO-DIJIN", "165 (demo)",
            "EC-PN", "1800-335-486 (demo)",
            "PE-PNP", "0800-40-007 (demo)",
            "CL-PDI", "134 (demo)");

    private final Hotlines hotlines;

    HotlineDemo(Hotlines hotlines) {
        this.hotlines = hotlines;
    }

    void load(java.util.function.Predicate<String> heldHere) {
        NUMBERS.forEach((agency, number) -> {
            if (heldHere.test(agency)) {
                hotlines.set(agency, number);
            }
        });
    }
}
