package org.sabueso.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.sabueso.shared.Folding;

/**
 * The coded list of offences. A notice keeps each offence as a code ({@code EXTORTION}), shown in
 * the reader's language and found by its words in Spanish and in English ("extorsión", "extortion").
 * Labels live in i18n/offences*.properties. Text that names no offence of the list (an imported
 * notice's own wording) is kept as it was written and shown as is: never lost, only not coded.
 */
public final class Offences {

    private static final String PREFIX = "offence.";
    /** "(demo)" at the end of a wording, folded. */
    private static final String DEMO_MARK = " demo";

    /** The code of a notice whose source named no offence (an FtM import of a bare "wanted" topic). */
    public static final String UNSPECIFIED = "UNSPECIFIED";
    private static final Map<String, String> SPANISH = labels("i18n/offences.properties");
    private static final Map<String, String> ENGLISH = labels("i18n/offences_en.properties");
    /** The codes in the catalogue's order, as forms and filters offer them. */
    private static final List<String> CODES = List.copyOf(SPANISH.keySet());

    /**
     * How the region's criminal codes and the demo word the offences, folded: each maps to its code.
     * The labels and the codes themselves are added below.
     */
    private static final Map<String, String> WORDINGS = Map.ofEntries(
            Map.entry("homicidio intencional calificado", "HOMICIDE"), Map.entry("homicidio agravado", "HOMICIDE"),
            Map.entry("homicidio calificado", "HOMICIDE"), Map.entry("homicidio intencional", "HOMICIDE"),
            Map.entry("asesinato", "HOMICIDE"), Map.entry("murder", "HOMICIDE"),
            Map.entry("extorsion agravada", "EXTORTION"),
            Map.entry("trafico ilicito de sustancias estupefacientes y psicotropicas", "DRUG_TRAFFICKING"),
            Map.entry("trafico fabricacion o porte de estupefacientes", "DRUG_TRAFFICKING"),
            Map.entry("trafico ilicito de drogas", "DRUG_TRAFFICKING"),
            Map.entry("trafico ilicito de estupefacientes ley 20 000", "DRUG_TRAFFICKING"),
            Map.entry("trafico ilicito de estupefacientes", "DRUG_TRAFFICKING"),
            Map.entry("trafico ilicito de sustancias catalogadas sujetas a fiscalizacion", "DRUG_TRAFFICKING"),
            Map.entry("narcotrafico", "DRUG_TRAFFICKING"),
            Map.entry("concierto para delinquir agravado", "ORGANISED_CRIME"),
            Map.entry("concierto para delinquir", "ORGANISED_CRIME"),
            Map.entry("organizacion criminal", "ORGANISED_CRIME"), Map.entry("asociacion criminal", "ORGANISED_CRIME"),
            Map.entry("delincuencia organizada", "ORGANISED_CRIME"), Map.entry("organised crime", "ORGANISED_CRIME"),
            Map.entry("robo agravado", "ROBBERY"), Map.entry("hurto calificado y agravado", "ROBBERY"),
            Map.entry("robo con violencia", "ROBBERY"),
            Map.entry("secuestro extorsivo", "KIDNAPPING"),
            Map.entry("porte ilicito de arma de fuego", "FIREARMS"),
            Map.entry("fabricacion trafico o porte de armas de fuego", "FIREARMS"),
            Map.entry("tenencia ilegal de armas de fuego", "FIREARMS"),
            Map.entry("porte ilegal de arma de fuego", "FIREARMS"), Map.entry("tenencia y porte de armas", "FIREARMS"),
            Map.entry("trafico de armas", "FIREARMS"), Map.entry("arms trafficking", "FIREARMS"),
            Map.entry("homicidio agravado por precio o promesa remuneratoria", "CONTRACT_KILLING"),
            Map.entry("homicidio calificado por premio o promesa remuneratoria", "CONTRACT_KILLING"),
            Map.entry("trafico ilicito de migrantes", "MIGRANT_SMUGGLING"),
            Map.entry("legitimacion de capitales", "MONEY_LAUNDERING"), Map.entry("lavado de dinero", "MONEY_LAUNDERING"),
            Map.entry("fuga", "ESCAPE"), Map.entry("escape", "ESCAPE"),
            // what imports wrote before offences were coded
            Map.entry("wanted imported", UNSPECIFIED));

    private static final Map<String, String> BY_WORDING = byWording();


    private Offences() {
    }

    /** One entry of the coded list as a form or filter offers it. */
    public record Choice(String code, String label) {
    }

    /** The coded list in the reader's language, sorted by label as a reader looks for it. */
    public static List<Choice> choices(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale == null ? Locale.ROOT : locale);
        return CODES.stream().map(c -> new Choice(c, label(c, locale)))
                .sorted((a, b) -> collator.compare(a.label(), b.label())).toList();
    }

    /** Every code, in the catalogue's order. */
    public static List<String> codes() {
        return CODES;
    }

    public static boolean isCode(String value) {
        return value != null && SPANISH.containsKey(value);
    }

    /** The code a written offence names ("Extorsión agravada" → EXTORTION), or the text itself when it names none. */
    public static String code(String written) {
        if (written == null || isCode(written.strip())) {
            return written == null ? null : written.strip();
        }
        String key = fold(written);
        String code = BY_WORDING.get(key);
        if (code == null && key.endsWith(DEMO_MARK)) {
            // the demo marks its invented wordings "(demo)": "Tráfico de drogas (demo)" is still drug trafficking
            code = BY_WORDING.get(key.substring(0, key.length() - DEMO_MARK.length()));
        }
        return code == null ? written.strip() : code;
    }

    /** {@link #code} of each, without repeats, order kept. */
    public static List<String> codes(Collection<String> written) {
        Set<String> out = new LinkedHashSet<>();
        written.forEach(w -> out.add(code(w)));
        return List.copyOf(out);
    }

    /** The offence in the reader's language: a code's label, or uncoded text as written. */
    public static String label(String value, Locale locale) {
        if (!isCode(value)) {
            return value;
        }
        return "en".equals(locale == null ? null : locale.getLanguage()) ? ENGLISH.get(value) : SPANISH.get(value);
    }

    /** What search finds a coded offence by: its labels in both languages. Uncoded text as written. */
    public static String searchWords(String value) {
        return isCode(value) ? SPANISH.get(value) + " " + ENGLISH.get(value) : value;
    }

    /**
     * The codes one searched word may mean, in either language: a code one of whose label words
     * starts with the word, accents and case ignored ("extortion", "extorsion" → EXTORTION).
     * Words under three letters mean none ("de" is in half the labels).
     */
    public static Set<String> matching(String word) {
        String w = fold(word);
        Set<String> out = new LinkedHashSet<>();
        if (w.length() < 3 || w.contains(" ")) {
            return out;
        }
        for (String code : CODES) {
            for (String label : List.of(SPANISH.get(code), ENGLISH.get(code))) {
                for (String part : fold(label).split(" ")) {
                    if (part.startsWith(w)) {
                        out.add(code);
                    }
                }
            }
        }
        return out;
    }

    /** Lower case, no accents, words of letters and digits joined by one space. */
    static String fold(String s) {
        return Folding.key(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, String> byWording() {
        Map<String, String> out = new HashMap<>(WORDINGS);
        for (String code : CODES) {
            out.put(fold(code), code);
            out.put(fold(SPANISH.get(code)), code);
            out.put(fold(ENGLISH.get(code)), code);
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> labels(String resource) {
        Properties p = new Properties();
        List<String> order = new ArrayList<>();
        try (InputStream in = Offences.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the file's order is the catalogue's order; Properties would lose it
            text.lines().map(String::strip).filter(l -> l.startsWith(PREFIX) && l.contains("="))
                    .forEach(l -> order.add(l.substring(PREFIX.length(), l.indexOf('=')).strip()));
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        order.forEach(code -> out.put(code, p.getProperty(PREFIX + code)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
