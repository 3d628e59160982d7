package org.sabueso.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.ExplanationCode;
import org.sabueso.screening.internal.matching.NameRules;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every name rule is worded in both languages, and a name item says which rules fired. */
class NameRuleReasonsTest {

    private static Reasons reasons() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/screening");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Reasons(messages);
    }

    private static Explanation name(List<List<String>> rules) {
        return new Explanation(ExplanationCode.NAME_WORDS, 0.9, "detail", List.of("mendoza"),
                List.of(List.of("pepe", "jose", 0.9)), List.of(), false, null, rules);
    }

    @Test
    void each_rule_is_worded_in_spanish_and_english() {
        Reasons reasons = reasons();
        for (NameRules.Rule rule : NameRules.Rule.values()) {
            Explanation e = name(List.of(List.of(rule.code(), "pepe", "jose")));
            String es = reasons.of(List.of(e), Locale.forLanguageTag("es")).getFirst().text();
            String en = reasons.of(List.of(e), Locale.ENGLISH).getFirst().text();
            // a rule without words in a bundle would be shown by its bare code, as the last part
            assertThat(es).as(rule.code()).doesNotEndWith("; " + rule.code());
            assertThat(en).as(rule.code()).doesNotEndWith("; " + rule.code()).isNotEqualTo(es);
        }
    }

    @Test
    void the_page_names_the_rule_and_its_words() {
        Reasons reasons = reasons();
        String en = reasons.of(List.of(name(List.of(List.of("hypocorism", "pepe", "jose")))), Locale.ENGLISH).getFirst().text();
        assertThat(en).contains("“Pepe” and “Jose”: a nickname of the same name");
        String es = reasons.of(List.of(name(List.of(List.of("married-name", "cabello", "")))), Locale.forLanguageTag("es"))
                .getFirst().text();
        assertThat(es).contains("«Cabello» / «—»");
    }

    @Test
    void an_item_stored_before_the_rules_and_an_unknown_rule_still_read() {
        Reasons reasons = reasons();
        Explanation old = new Explanation("name", 0.9, "detail", "name.words",
                Arrays.asList(List.of("mendoza"), List.of(), List.of(), false, null));
        assertThat(reasons.of(List.of(old), Locale.ENGLISH).getFirst().text()).isEqualTo("Same: Mendoza");
        String unknown = reasons.of(List.of(name(List.of(List.of("a-rule-of-tomorrow", "x", "y")))), Locale.ENGLISH)
                .getFirst().text();
        assertThat(unknown).contains("a-rule-of-tomorrow");
    }
}
