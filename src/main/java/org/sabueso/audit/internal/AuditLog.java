package org.sabueso.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.Auditable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the chain. Listens synchronously, inside the transaction of the change it records,
 * so a change and its audit entry commit together or not at all. An advisory lock keeps the
 * chain a single line when requests run at once.
 *
 * <p>Logins, successful or not, record the username tried as actor and target and the client
 * address in the detail; a failure gets its own transaction, since the request it belongs to
 * goes no further.
 */
@Component
class AuditLog {

    private static final long CHAIN_LOCK = 0x5AB0E50L;

    private static final int MAX_USERNAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Agencies agencies;

    AuditLog(JdbcClient jdbc, Clock clock, Agencies agencies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.agencies = agencies;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(Auditable e) {
        append(e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(), e.detail());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void onLogin(AuthenticationSuccessEvent e) {
        Authentication auth = e.getAuthentication();
        // an API client's credentials re-used within minutes of their verification are not a new login
        if (auth.getPrincipal() instanceof UserDetails && !(auth.getDetails() instanceof org.sabueso.agency.RememberedCredentials)) {
            String name = auth.getName();
            String agency = agencies.viewerFor(name).map(Viewer::agencyId).orElse(null);
            append(name, agency, "auth.login", "user", name, client(auth));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailedLogin(AbstractAuthenticationFailureEvent e) {
        String tried = String.valueOf(e.getAuthentication().getName());
        String name = tried.length() > MAX_USERNAME ? tried.substring(0, MAX_USERNAME) : tried;
        String detail = e.getException().getClass().getSimpleName();
        String client = client(e.getAuthentication());
        append(name, null, "auth.failure", "user", name, client == null ? detail : detail + " " + client);
    }

    /** Where the attempt came from, when the web layer says. */
    private static String client(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? "from " + d.getRemoteAddress() : null;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String agency, String action, String targetType, String targetId, String detail) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Last(long seq, String hash) {
        }
        Last last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Last(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Last(0, AuditChain.GENESIS));
        long seq = last.seq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String safeActor = actor == null ? "system" : actor;
        String hash = AuditChain.hash(seq, at, safeActor, agency, action, targetType, targetId, detail, last.hash());
        jdbc.sql("""
                INSERT INTO audit_entry (seq, at, actor, actor_agency, action, target_type, target_id, detail, prev_hash, hash)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(seq, Timestamp.from(at), safeActor, agency, action, targetType, targetId, detail, last.hash(), hash)
                .update();
    }
}
