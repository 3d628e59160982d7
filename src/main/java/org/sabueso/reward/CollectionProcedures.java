package org.sabueso.reward;

import java.util.Locale;
import java.util.Optional;

import org.sabueso.agency.Viewer;

/**
 * How each offering agency pays a reward out: the steps a tipster follows once a claim is paid,
 * in Spanish and English, as the agency words them. The procedure is the agency's, never the
 * tipster's: reading it records nothing, and it holds nothing about who collects.
 */
public interface CollectionProcedures {

    /** The languages a procedure is written in. */
    java.util.List<String> LANGUAGES = java.util.List.of("es", "en");

    /** The agency's procedure in the locale's language, else in the other language, else empty. */
    Optional<String> of(String agencyId, Locale locale);

    /** The agency's procedure as written in this language ({@code es} or {@code en}) only: for the form that edits it. */
    Optional<String> written(String agencyId, String language);

    /** A supervisor words their own agency's procedure in one language ({@code es} or {@code en}). */
    void set(Viewer viewer, String language, String text);
}
