package org.sabueso.notice.web;

import java.util.List;

import org.sabueso.notice.Offences;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Offences in the page's language for templates: {@code ${@offenceLabels.label(o)}}. A code shows
 * its label; text outside the coded list shows as written.
 */
@Component("offenceLabels")
public class OffenceLabels {

    public String label(String offence) {
        return Offences.label(offence, LocaleContextHolder.getLocale());
    }

    public String labels(List<String> offences) {
        return String.join(", ", offences.stream().map(this::label).toList());
    }

    /** The coded list, for forms and filters: code and label in the page's language. */
    public List<Offences.Choice> choices() {
        return Offences.choices(LocaleContextHolder.getLocale());
    }
}
