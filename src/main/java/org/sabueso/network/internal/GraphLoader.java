package org.sabueso.network.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.sabueso.agency.SharingScope;
import org.sabueso.network.LinkType;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;
import org.sabueso.shared.PartialDate;

/**
 * Reads the whole graph out of PostgreSQL with {@code COPY ... TO STDOUT} (text format), one row
 * at a time, parsing bytes without building strings except for labels: at millions of links the
 * generic JDBC path (a String and a UUID per column) is what would dominate.
 */
final class GraphLoader {

    private static final LinkType[] TYPES = LinkType.values();

    private final DataSource dataSource;

    GraphLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static final String NODES = """
            COPY (SELECT person_id, 'PERSON', label FROM network_person
                  UNION ALL SELECT id, 'ORGANIZATION', name FROM organisation
                  UNION ALL SELECT id, kind, name FROM place) TO STDOUT""";

    static final String LINKS = """
            COPY (SELECT l.id, l.from_id, l.to_id, l.type, l.role, l.started, l.ended, l.issuing_agency_id,
                         l.issuing_country, l.sharing_scope, p.partners
                  FROM network_link l
                  LEFT JOIN (SELECT link_id, string_agg(agency_id, ',' ORDER BY agency_id) AS partners
                             FROM network_link_partner GROUP BY link_id) p ON p.link_id = l.id) TO STDOUT""";

    /** Loads every node and link; the index is built and ready for queries. */
    GraphIndex load() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long nodes = count(c, "SELECT (SELECT count(*) FROM network_person) + (SELECT count(*) FROM organisation)"
                    + " + (SELECT count(*) FROM place)");
            long links = count(c, "SELECT count(*) FROM network_link");
            GraphIndex g = new GraphIndex((int) nodes + 16, (int) links + 16);
            PGConnection pg = c.unwrap(PGConnection.class);
            CopyOut nodeRows = pg.getCopyAPI().copyOut(NODES);
            byte[] row;
            Fields f = new Fields();
            while ((row = nodeRows.readFromCopy()) != null) {
                f.split(row);
                g.putNode(f.uuid(0), NodeType.valueOf(f.text(1)), f.text(2));
            }
            CopyOut linkRows = pg.getCopyAPI().copyOut(LINKS);
            Map<String, Short> shareByText = new HashMap<>();
            while ((row = linkRows.readFromCopy()) != null) {
                f.split(row);
                int a = g.node(f.uuid(1));
                int b = g.node(f.uuid(2));
                if (a < 0 || b < 0) {
                    continue; // an end that no longer exists
                }
                short share = share(g, f, shareByText);
                String role = f.text(4);
                long hi = f.uuidHi(0);
                long lo = f.uuidLo(0);
                PartialDate started = f.isNull(5) ? null : PartialDate.parse(f.text(5));
                PartialDate ended = f.isNull(6) ? null : PartialDate.parse(f.text(6));
                g.addEdge(hi, lo, a, b, TYPES[typeOrdinal(f)], role, share,
                        started == null ? Days.NO_DAY : (int) Days.firstDay(started).toEpochDay(),
                        Days.precisionOf(started),
                        ended == null ? Days.NO_DAY : (int) Days.lastDay(ended).toEpochDay(),
                        Days.precisionOf(ended));
            }
            g.build();
            return g;
        }
    }

    private static int typeOrdinal(Fields f) {
        return LinkType.valueOf(f.text(3)).ordinal();
    }

    private static short share(GraphIndex g, Fields f, Map<String, Short> cache) {
        String key = f.raw(7, 10);
        Short known = cache.get(key);
        if (known != null) {
            return known;
        }
        Set<String> partners = f.isNull(10) ? Set.of() : new HashSet<>(Arrays.asList(f.text(10).split(",")));
        short s = g.shareClassOf(new Share(f.text(7), f.text(8), SharingScope.valueOf(f.text(9)), partners));
        cache.put(key, s);
        return s;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tab-separated fields of one COPY text row (no field here contains an escaped tab). */
    static final class Fields {
        private byte[] row;
        private final int[] start = new int[16];
        private final int[] end = new int[16];
        private int count;

        void split(byte[] r) {
            row = r;
            count = 0;
            int s = 0;
            int len = r.length;
            if (len > 0 && r[len - 1] == '\n') {
                len--;
            }
            for (int i = 0; i <= len; i++) {
                if (i == len || r[i] == '\t') {
                    start[count] = s;
                    end[count] = i;
                    count++;
                    s = i + 1;
                }
            }
        }

        boolean isNull(int i) {
            return end[i] - start[i] == 2 && row[start[i]] == '\\' && row[start[i] + 1] == 'N';
        }

        String text(int i) {
            if (isNull(i)) {
                return null;
            }
            String raw = new String(row, start[i], end[i] - start[i], StandardCharsets.UTF_8);
            return raw.indexOf('\\') < 0 ? raw : unescape(raw);
        }

        /** The bytes of fields {@code first..last} as one string, as a cache key. */
        String raw(int first, int last) {
            return new String(row, start[first], end[last] - start[first], StandardCharsets.ISO_8859_1);
        }

        UUID uuid(int i) {
            return new UUID(uuidHi(i), uuidLo(i));
        }

        long uuidHi(int i) {
            return hex(start[i], 0, 8) << 32 | hex(start[i], 9, 4) << 16 | hex(start[i], 14, 4);
        }

        long uuidLo(int i) {
            return hex(start[i], 19, 4) << 48 | hex(start[i], 24, 12);
        }

        private long hex(int base, int offset, int digits) {
            long v = 0;
            for (int k = 0; k < digits; k++) {
                int c = row[base + offset + k];
                v = v << 4 | Character.digit(c, 16);
            }
            return v;
        }

        private static String unescape(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    sb.append(switch (n) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'v' -> '\u000b';
                        default -> n;
                    });
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }
}
