package org.sabueso.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null || !ISO.contains(value)) {
            throw new InvalidValue(ValueRefusal.COUNTRY_UNKNOWN, value == null ? "" : value);
        }
    }

    /** Parses a code in any case, for input from forms and files. */
    public static CountryCode of(String raw) {
        if (raw == null) {
            throw new InvalidValue(ValueRefusal.COUNTRY_UNKNOWN, "");
        }
        return new CountryCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String raw) {
        return raw != null && ISO.contains(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's name in the given language ("Perú", "Peru"). */
    public String displayName(Locale locale) {
        return Locale.of("", value).getDisplayCountry(locale);
    }

    @Override
    public String toString() {
        return value;
    }
}
