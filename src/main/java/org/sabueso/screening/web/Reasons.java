package org.sabueso.screening.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sabueso.screening.Explanation;
import org.sabueso.screening.ExplanationCode;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a hit's explanation into lines an officer reads: one per feature, named in the page's
 * language ("Fecha de nacimiento"), saying whether it speaks for or against the match and why
 * ("Mismo año de nacimiento: consultado 1983, en el aviso 1983"). Each line is worded from the
 * item's code and arguments through i18n/screening*.properties ({@code reason.<code>}); nothing
 * is read back out of English text. An item without a known code is shown as its detail.
 */
@Component
class Reasons {

    /** How a feature weighs: for the match, partly, against it, or a caution the officer must read. */
    enum Weight { FOR, PARTLY, AGAINST, CAUTION }

    /** One line: the feature's name, its weight, the sentence, and the feature's own score when known. */
    record Reason(String feature, String label, Weight weight, String text, String score) {
    }

    private final MessageSource messages;

    Reasons(MessageSource messages) {
        this.messages = messages;
    }

    List<Reason> of(List<Explanation> explanation, Locale locale) {
        return explanation.stream().map(e -> line(e, locale)).toList();
    }

    /**
     * A hit's or a link's explanation: its stored items, worded from their codes; a row written
     * before items were stored shows its text as it was written, one line a reason, never parsed.
     */
    List<Reason> of(List<Explanation> items, String stored, Locale locale) {
        if (!items.isEmpty()) {
            return of(items, locale);
        }
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split("\n")).filter(l -> !l.isBlank())
                .map(l -> new Reason("other", "", Weight.PARTLY, l.strip(), null)).toList();
    }

    /** A score in 0..1 as a percentage in the page's language: 96 %, 96%. */
    static String percent(double score, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(score);
    }

    private Reason line(Explanation e, Locale locale) {
        String label = e.feature().isEmpty() ? "" : messages.getMessage("reason." + e.feature(), null, e.feature(), locale);
        String shownScore = Double.isNaN(e.score()) || !e.feature().equals("name") ? null : percent(e.score(), locale);
        Optional<ExplanationCode> code = ExplanationCode.of(e.code());
        if (code.isEmpty()) {
            return new Reason(e.feature().isEmpty() ? "other" : e.feature(), label, Weight.PARTLY, e.detail(), shownScore);
        }
        List<Object> a = e.args();
        String key = "reason." + e.code();
        return switch (code.get()) {
            case NAME_NONE -> reason(e, label, Weight.AGAINST, msg(key, locale), shownScore);
            case NAME_WORDS -> name(e, label, shownScore, locale);
            case BIRTH_DATE_EXACT -> reason(e, label, Weight.FOR, msg(key, locale, date(a.get(0), locale)), shownScore);
            case BIRTH_DATE_SWAPPED, BIRTH_DATE_SAME_MONTH, BIRTH_DATE_SAME_YEAR ->
                    reason(e, label, Weight.FOR, msg(key, locale, date(a.get(0), locale), date(a.get(1), locale)), shownScore);
            case BIRTH_DATE_NEAR ->
                    reason(e, label, Weight.PARTLY, msg(key, locale, date(a.get(0), locale), date(a.get(1), locale)), shownScore);
            case BIRTH_DATE_DIFFERENT ->
                    reason(e, label, Weight.AGAINST, msg(key, locale, date(a.get(0), locale), date(a.get(1), locale)), shownScore);
            case DOCUMENT_SAME, NATIONALITY_SAME -> reason(e, label, Weight.FOR,
                    msg(key, locale, a.isEmpty() ? null : country(a.get(0), locale)), shownScore);
            case DOCUMENT_OTHER_NUMBER -> reason(e, label, Weight.AGAINST, msg(key, locale), shownScore);
            case NATIONALITY_NOT_RECORDED -> reason(e, label, Weight.AGAINST, msg(key, locale, country(a.get(0), locale),
                    String.join(", ", list(a.get(1)).stream().map(c -> country(c, locale)).toList())), shownScore);
            case NAMESAKES_COMMON_NAME, NAMESAKES_SHARED -> reason(e, label, Weight.CAUTION, msg(key, locale, a.get(0)), shownScore);
            case PREVIOUS_ANSWER_REJECTED -> reason(e, label, Weight.CAUTION, msg(key, locale, date(a.get(0), locale)), shownScore);
            case EVIDENCE_NAME_ONLY -> reason(e, label, Weight.CAUTION, msg(key, locale, String.join(", ", list(a.get(0)).stream()
                    .map(f -> messages.getMessage("reason." + f, null, String.valueOf(f), locale).toLowerCase(locale)).toList())), null);
            case EVIDENCE_DATE_AND_NAMES -> reason(e, label, Weight.FOR,
                    msg(key, locale, date(a.get(0), locale), word(a.get(1), locale), word(a.get(2), locale)), null);
            case EVIDENCE_RARE_NAME -> reason(e, label, Weight.CAUTION, msg(key, locale, a.get(0)), null);
            case EVIDENCE_DATE_AND_FIRST_NAMES -> reason(e, label, Weight.PARTLY,
                    msg(key, locale, date(a.get(0), locale), word(a.get(1), locale), word(a.get(2), locale)), null);
            case EVIDENCE_RARE_FIRST_NAMES -> reason(e, label, Weight.PARTLY,
                    msg(key, locale, a.get(0), word(a.get(1), locale), word(a.get(2), locale)), null);
            case NAME_TRANSLITERATED -> reason(e, label, Weight.PARTLY, msg(key, locale, a.get(0), a.get(1)), null);
            case NAME_CONSONANTS -> reason(e, label, Weight.PARTLY, msg(key, locale), null);
        };
    }

    private static Reason reason(Explanation e, String label, Weight weight, String text, String score) {
        return new Reason(e.feature(), label, weight, text, score);
    }

    /** [same words, similar pairs [query, notice, similarity], words not found, surnames reversed, alias or null]. */
    private Reason name(Explanation e, String label, String shownScore, Locale locale) {
        List<Object> a = e.args();
        List<String> same = list(a.get(0)).stream().map(w -> word(w, locale)).toList();
        List<String> similar = new ArrayList<>();
        for (Object pair : list(a.get(1))) {
            List<Object> p = list(pair);
            similar.add(msg("reason.name.pair", locale, word(p.get(0), locale), word(p.get(1), locale)));
        }
        List<String> missing = list(a.get(2)).stream().map(w -> word(w, locale)).toList();
        boolean reversed = Boolean.TRUE.equals(a.get(3));
        Object alias = a.get(4);
        List<String> parts = new ArrayList<>();
        if (!same.isEmpty()) {
            parts.add(msg("reason.name.same", locale, String.join(", ", same)));
        }
        if (!similar.isEmpty()) {
            parts.add(msg("reason.name.similar", locale, String.join(", ", similar)));
        }
        if (!missing.isEmpty()) {
            parts.add(msg("reason.name.missing", locale, String.join(", ", missing)));
        }
        if (reversed) {
            parts.add(msg("reason.name.reversed", locale));
        }
        if (alias != null) {
            parts.add(msg("reason.name.alias", locale, alias));
        }
        // the name rules that fired: [code, query words, notice words]; items stored before them have five args
        List<Object> rules = a.size() > 5 ? list(a.get(5)) : List.of();
        for (Object rule : rules) {
            List<Object> r = list(rule);
            if (r.size() == 3) {
                // a rule a newer node names and this one does not know is shown by its code
                parts.add(messages.getMessage("reason.name.rule." + r.get(0),
                        new Object[] {words(r.get(1), locale), words(r.get(2), locale)}, String.valueOf(r.get(0)), locale));
            }
        }
        // a close name speaks for the match even through an initial or a spelling variant
        boolean close = Double.isNaN(e.score()) ? similar.isEmpty() : e.score() >= 0.9;
        Weight weight = missing.isEmpty() && !reversed && close ? Weight.FOR : Weight.PARTLY;
        return new Reason(e.feature(), label, weight, capitalise(String.join("; ", parts), locale), shownScore);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object arg) {
        return arg instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A birth date as the page writes dates: 14/07/1983, 07/1983 or 1983. */
    private String date(Object arg, Locale locale) {
        String text = String.valueOf(arg);
        try {
            PartialDate d = PartialDate.parse(text);
            if (d.isComplete()) {
                return java.time.LocalDate.of(d.year(), d.month(), d.day())
                        .format(java.time.format.DateTimeFormatter.ofPattern(msg("format.date", locale), locale));
            }
            return d.month() == null ? String.valueOf(d.year()) : String.format(Locale.ROOT, "%02d/%d", d.month(), d.year());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String country(Object arg, Locale locale) {
        String code = String.valueOf(arg);
        return CountryCode.isValid(code) ? CountryCode.of(code).displayName(locale) : code;
    }

    /** Folded name words as written, each capitalised ("don juan" → "Don Juan"); none is "—". */
    private static String words(Object folded, Locale locale) {
        String text = String.valueOf(folded);
        if (text.isBlank()) {
            return "—";
        }
        return String.join(" ", java.util.Arrays.stream(text.split(" ")).map(w -> capitalise(w, locale)).toList());
    }

    /** A folded name word as a name is written: "guerrero" → "Guerrero", "r." → "R.". */
    private static String word(Object folded, Locale locale) {
        return capitalise(String.valueOf(folded), locale);
    }

    private static String capitalise(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
