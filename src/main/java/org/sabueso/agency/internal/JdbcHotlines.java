package org.sabueso.agency.internal;

import org.sabueso.agency.Capability;
import org.sabueso.agency.HotlineChanged;
import org.sabueso.agency.Viewer;
import org.springframework.context.ApplicationEventPublisher;

import java.util.List;
import java.util.Optional;

import org.sabueso.agency.AgencyRefusal;
import org.sabueso.agency.Hotline;
import org.sabueso.agency.Hotlines;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@code agency.hotline} column (V115). */
@Service
class JdbcHotlines implements Hotlines {

    /** What a poster prints on one line in large type; the column's CHECK says the same. */
    static final int MAX_LENGTH = 60;

    private static final String SELECT = "SELECT id, country, name, hotline FROM agency WHERE hotline IS NOT NULL";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcHotlines(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void set(Viewer viewer, String number) {
        Capability.SET_HOTLINE.require(viewer);
        set(viewer.agencyId(), number);
        events.publishEvent(new HotlineChanged(viewer.username(), viewer.agencyId(), number == null || number.isBlank()));
    }

    @Override
    public Optional<Hotline> of(String agencyId) {
        if (agencyId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " AND id = ?").param(agencyId).query(this::hotline).optional();
    }

    @Override
    public List<Hotline> all() {
        return jdbc.sql(SELECT + " ORDER BY country, id").query(this::hotline).list();
    }

    @Override
    @Transactional
    public void set(String agencyId, String number) {
        String value = number == null || number.isBlank() ? null : number.strip();
        if (value != null && (value.length() > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl))) {
            throw new DomainException.InvalidInput("hotline", AgencyRefusal.HOTLINE_INVALID, MAX_LENGTH);
        }
        int updated = jdbc.sql("UPDATE agency SET hotline = ? WHERE id = ?").params(value, agencyId).update();
        if (updated == 0) {
            throw new DomainException.InvalidInput("agencyId", AgencyRefusal.HOTLINE_INVALID, MAX_LENGTH);
        }
    }

    private Hotline hotline(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Hotline(rs.getString(1), new CountryCode(rs.getString(2)), rs.getString(3), rs.getString(4));
    }
}
