package org.sabueso.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that give a page away as being in the other language, taken from the application's
 * own bundles rather than from a dictionary: a word of a Spanish value that no English value uses
 * is a Spanish label word ("Buscar", "Delitos", "Contraseña"), and the other way round. Words
 * both languages share ("Sabueso", "total", the MessageFormat keywords "choice", "number") drop
 * out by themselves. So do proper names: the words of the names
 * of people, agencies, facilities, units, organisations and places the application holds, given
 * by the caller, and the names of countries in either language.
 */
final class LabelWords {

    /**
     * A word as a page or a bundle writes it: letters, or letters and digits joined by dots,
     * underscores, at signs, hyphens or slashes. "ve.analyst", "VE-2023-0001" or "/api/v1/offences"
     * is then one token, never a word of either language, so usernames, references and the API's
     * paths a message names are not mistaken for labels.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[._@\\-/][\\p{L}\\p{N}]+)*");

    /**
     * Words a bundle of one language holds but which are, as pages use them, not a sign of that
     * language. Kept short; each one says why.
     */
    private static final Set<String> STOP = Set.of(
            // language codes, shown as such ("ES", "EN") and in the lang parameter
            "es", "en",
            // the letters of abbreviations in examples and units ("p. ej.", "cm", "km")
            "ej", "cm", "km",
            // "US$", the currency sign of the reward's conversion, in both languages
            "us",
            // the demo marks its made-up values "(demo)" whatever the page's language
            "demo");

    private final Set<String> spanishOnly;
    private final Set<String> englishOnly;

    private LabelWords(Set<String> spanishOnly, Set<String> englishOnly) {
        this.spanishOnly = spanishOnly;
        this.englishOnly = englishOnly;
    }

    /**
     * Reads every bundle under {@code i18n}: {@code <name>.properties} is Spanish, {@code <name>_en.properties}
     * English. Words of {@code properNames} (names of people, agencies, places…) are nobody's label.
     */
    static LabelWords fromBundles(Path i18n, Collection<String> properNames) {
        Set<String> spanish = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        try (Stream<Path> files = Files.list(i18n)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Set<String> target = file.getFileName().toString().endsWith("_en.properties") ? english : spanish;
                for (String value : values(file)) {
                    target.addAll(words(value));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> shared = new TreeSet<>(spanish);
        shared.retainAll(english);
        Set<String> names = new TreeSet<>(STOP);
        properNames.forEach(n -> names.addAll(words(n)));
        names.addAll(countryNames());
        Set<String> spanishOnly = new TreeSet<>(spanish);
        spanishOnly.removeAll(shared);
        spanishOnly.removeAll(names);
        Set<String> englishOnly = new TreeSet<>(english);
        englishOnly.removeAll(shared);
        englishOnly.removeAll(names);
        return new LabelWords(Set.copyOf(spanishOnly), Set.copyOf(englishOnly));
    }

    /** The words of the other language than {@code language} ("es" or "en") that {@code text} holds. */
    List<String> foreignIn(String language, String text) {
        Set<String> foreign = "en".equals(language) ? spanishOnly : englishOnly;
        return words(text).stream().filter(foreign::contains).toList();
    }

    Set<String> spanishOnly() {
        return spanishOnly;
    }

    Set<String> englishOnly() {
        return englishOnly;
    }

    /** Lower-cased words of {@code text}, two letters or more; tokens with dots, digits or hyphens are no words. */
    static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            // one letter is an initial, a currency ("S/") or the s of "agency's" more often than a word
            if (token.length() > 1 && token.chars().allMatch(Character::isLetter)) {
                words.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * Country names in Spanish and English ("Perú", "Peru", "México"): place names, not labels.
     * Only their capitalised words: "y", "de", "and", "of" in "Trinidad y Tobago" or "Isle of
     * Man" are the two languages' commonest words, the best sign of a page in the wrong one.
     */
    private static Set<String> countryNames() {
        Set<String> names = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            Locale place = Locale.of("", country);
            for (Locale language : List.of(Locale.of("es"), Locale.ENGLISH)) {
                Matcher m = TOKEN.matcher(place.getDisplayCountry(language));
                while (m.find()) {
                    if (Character.isUpperCase(m.group().charAt(0))) {
                        names.addAll(words(m.group()));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> values(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames().stream().map(p::getProperty).toList();
    }
}
