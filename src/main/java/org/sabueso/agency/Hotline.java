package org.sabueso.agency;

import org.sabueso.shared.CountryCode;

/**
 * An agency's public tip line as the public dials it ("0800-40-007"), printed on posters and on
 * the portal next to the agency that answers it.
 */
public record Hotline(String agencyId, CountryCode country, String agencyName, String number) {

    /** The number as a {@code tel:} link dials it: digits and a leading plus only. */
    public String dialable() {
        String digits = number.replaceAll("\\(.*?\\)", "").replaceAll("[^0-9+]", "");
        return digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", "");
    }
}
