package org.sabueso.shared;

import java.util.Locale;

/**
 * The one normalisation of identity document numbers, shared by screening (which compares them)
 * and notice search (which finds notices by them): "V-16.555.321", "v16555321" and "16555321"
 * are one number.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /**
     * Only digits and letters, upper case, without the Venezuelan "V-"/"E-" prefix: "V-12.345.678" → "12345678".
     * {@code folded} is the number already folded (accents gone, other scripts in Latin letters).
     */
    public static String key(String folded) {
        String s = folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (s.length() > 5 && (s.charAt(0) == 'V' || s.charAt(0) == 'E') && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        // leading zeros are dropped by some registries and kept by others
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
