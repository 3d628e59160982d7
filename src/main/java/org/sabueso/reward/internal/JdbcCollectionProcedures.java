package org.sabueso.reward.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.CollectionProcedures;
import org.sabueso.reward.RewardEvents;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection procedures of the offering agencies (V125). A read is the tipster's and is not
 * audited (ADR 0006: a tipster's visit leaves no trace); a change is a supervisor's and is.
 */
@Service
class JdbcCollectionProcedures implements CollectionProcedures {

    /** A procedure is a few paragraphs: where to call, what to say, how the money is handed over. */
    static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcCollectionProcedures(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> of(String agencyId, Locale locale) {
        if (agencyId == null) {
            return Optional.empty();
        }
        String wanted = locale != null && "en".equals(locale.getLanguage()) ? "en" : "es";
        // the reader's language first; the other one rather than nothing, since the money waits either way
        return jdbc.sql("""
                SELECT procedure FROM reward_collection_procedure WHERE agency_id = ?
                ORDER BY language = ? DESC LIMIT 1""")
                .params(agencyId, wanted).query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> written(String agencyId, String language) {
        if (agencyId == null || language == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT procedure FROM reward_collection_procedure WHERE agency_id = ? AND language = ?")
                .params(agencyId, language).query(String.class).optional();
    }

    @Override
    @Transactional
    public void set(Viewer viewer, String language, String text) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(RewardRefusal.SUPERVISOR_ONLY);
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (language == null || !LANGUAGES.contains(language.strip())) {
            errors.put("language", Refusal.of(RewardRefusal.PROCEDURE_LANGUAGE));
        }
        String words = null;
        try {
            words = ClaimRules.text(text, "procedure", RewardRefusal.PROCEDURE_REQUIRED, MAX_TEXT);
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        jdbc.sql("""
                INSERT INTO reward_collection_procedure (agency_id, language, procedure, updated_by) VALUES (?,?,?,?)
                ON CONFLICT (agency_id, language) DO UPDATE SET procedure = excluded.procedure,
                  updated_by = excluded.updated_by, updated_at = now()""")
                .params(viewer.agencyId(), language.strip(), words, viewer.username()).update();
        events.publishEvent(new RewardEvents.ProcedureChanged(viewer.agencyId(), language.strip(), viewer.username()));
    }
}
