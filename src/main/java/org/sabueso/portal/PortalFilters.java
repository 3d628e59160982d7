package org.sabueso.portal;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.sabueso.notice.Offences;
import org.sabueso.shared.CountryCode;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's filters as plain GET fields, so they work without JavaScript: issuing country,
 * offence (a code of the coded list) and "with reward". A value the portal does not offer is
 * ignored, as if the field were left empty: the page is public and answers any address.
 */
record PortalFilters(String q, String country, String offence, boolean withReward) {

    /** Longer searches are cut: no name, alias and offence together come near this. */
    static final int MAX_QUERY = 200;

    record Choice(String value, String label) {
    }

    static PortalFilters of(String q, String country, String offence, String reward, Collection<String> countries) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        String c = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        String o = offence == null ? null : offence.strip();
        return new PortalFilters(text, c != null && countries.contains(c) ? c : null, Offences.isCode(o) ? o : null,
                reward != null && !reward.isBlank());
    }

    public boolean any() {
        return !q.isEmpty() || country != null || offence != null || withReward;
    }

    /** This list at another page, filters kept (the language is added by the web shell). */
    String href(int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
        if (!q.isEmpty()) {
            b.queryParam("q", q);
        }
        if (country != null) {
            b.queryParam("country", country);
        }
        if (offence != null) {
            b.queryParam("offence", offence);
        }
        if (withReward) {
            b.queryParam("reward", "1");
        }
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    static List<Choice> countryChoices(Collection<String> countries, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return countries.stream().map(c -> new Choice(c, CountryCode.of(c).displayName(locale)))
                .sorted((a, b) -> collator.compare(a.label(), b.label())).toList();
    }

    static List<Choice> offenceChoices(Locale locale) {
        return Offences.choices(locale).stream().map(c -> new Choice(c.code(), c.label())).toList();
    }
}
