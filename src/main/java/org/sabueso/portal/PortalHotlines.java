package org.sabueso.portal;

import java.util.List;
import java.util.Locale;

import org.sabueso.agency.Hotline;
import org.sabueso.agency.Hotlines;
import org.springframework.stereotype.Component;

/**
 * Each country's tip lines, for the portal's list (templates/portal/hotlines.html reads this bean
 * as {@code @portalHotlines}, so the most-wanted page's controller needs no part in it).
 */
@Component("portalHotlines")
public class PortalHotlines {

    /** A country, in the reader's language, with the hotlines of its agencies. */
    public record Country(String name, List<Hotline> hotlines) {
    }

    private final Hotlines hotlines;

    PortalHotlines(Hotlines hotlines) {
        this.hotlines = hotlines;
    }

    /** Countries in the reader's alphabetical order, each with its agencies' lines. */
    public List<Country> byCountry(Locale locale) {
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return hotlines.all().stream()
                .collect(java.util.stream.Collectors.groupingBy(h -> h.country().displayName(locale)))
                .entrySet().stream()
                .sorted((a, b) -> order.compare(a.getKey(), b.getKey()))
                .map(e -> new Country(e.getKey(), e.getValue())).toList();
    }
}
