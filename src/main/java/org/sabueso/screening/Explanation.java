package org.sabueso.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One feature's part in a hit's score: {@code feature} ({@code name}, {@code birthDate}, …), its
 * own score, {@code code} and {@code args} that say why in a form any node or page can translate
 * ({@link ExplanationCode}; the page words them through i18n/screening*.properties), and
 * {@code detail}, the same in readable English for the API and the audit trail.
 */
public record Explanation(String feature, double score, String detail, String code, List<Object> args) {

    public Explanation {
        // an argument may be null (a name read through no alias): List.copyOf would refuse it
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public Explanation(ExplanationCode code, double score, String detail, Object... args) {
        this(code.feature(), score, detail, code.code(), java.util.Arrays.asList(args));
    }
}
