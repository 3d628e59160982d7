package org.sabueso.shared;

import java.util.Locale;
import java.util.Set;

/**
 * The small words of Hispanic (and Portuguese, Dutch, German) surnames, in one list for every
 * reader of names: {@link PersonName} joins them to the surname after them ("de la Cruz"), and
 * screening drops them from what identifies a person ("Pérez de la Cruz" is found by "Pérez Cruz").
 */
public final class NameParticles {

    /**
     * Particles: they belong to a surname but say nothing on their own. "e" is the "y" before a
     * word starting with i or hi ("Ortega e Iglesias"); "van" and "von" come with European
     * surnames on Latin American lists; "al" is the Arabic article of names of Arabic and
     * Levantine origin common in the region ("Al Aulaqi"), written with a hyphen, apart or not
     * at all. "El" is not one: it starts Spanish nicknames ("El Gordo"), where it is a word of
     * the alias, and dropping it lost those aliases at 200,000 notices (5 of 14,933 queries).
     */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos",
            "van", "von", "al");

    /**
     * Words that start a surname of two words and belong with the next ("San Martín"), but are a
     * word of the name: screening keeps them, since "San Martín" and "Martín" are other people.
     */
    private static final Set<String> SURNAME_PREFIXES = Set.of("san");

    private NameParticles() {
    }

    /** Whether a word (any case) is a particle. */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word (any case) joins the word after it into one surname: a particle or "San". */
    public static boolean joinsNext(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(w) || SURNAME_PREFIXES.contains(w);
    }
}
