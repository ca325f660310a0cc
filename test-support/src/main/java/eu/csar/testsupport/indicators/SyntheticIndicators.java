package eu.csar.testsupport.indicators;

import eu.csar.detection.pdq.PdqHash;
import eu.csar.indicators.api.IndicatorsChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Inserts synthetic ACTIVE PDQ indicators fast, as the schema's rule for matchable indicators says:
 * the indicator rows, one live provenance link each (THIRD_PARTY_LIST, process {@code test-support}),
 * an ADD row on the change feed, and {@link IndicatorsChanged} (so every node's index follows), in
 * chunks of one statement each. Hashes come in clusters around a random centre (each member within
 * 24 bits of it), as real lists have; everything is random bits, never derived from any image.
 */
@Stateless
public class SyntheticIndicators {

    static final int CHUNK = 5_000;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Inject
    Event<IndicatorsChanged> changed;

    @Inject
    Clock clock;

    /** What was inserted: the count, the last change seq, and samples (id, value) to query with. */
    public record Inserted(int count, long upToSeq, List<Map<String, String>> samples) {
    }

    @RolesAllowed("centre-admin")
    public Inserted insert(String setCode, int count, long seed, int clusterSize) throws SQLException {
        if (count < 1 || count > 10_000_000) {
            throw new IllegalArgumentException("count must be 1..10000000");
        }
        int cluster = Math.max(1, Math.min(clusterSize, 1000));
        SplittableRandom random = new SplittableRandom(seed);
        Timestamp now = Timestamp.from(clock.instant());
        List<Map<String, String>> samples = new ArrayList<>();
        long upTo = 0;
        int inserted = 0;
        try (Connection c = dataSource.getConnection()) {
            UUID set = set(c, setCode);
            long[] centre = new long[4];
            int done = 0;
            while (done < count) {
                int n = Math.min(CHUNK, count - done);
                UUID[] ids = new UUID[n];
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    int k = done + i;
                    if (k % cluster == 0) {
                        for (int w = 0; w < 4; w++) {
                            centre[w] = random.nextLong();
                        }
                    }
                    long[] h = centre.clone();
                    if (k % cluster != 0) {
                        int flips = 1 + random.nextInt(12);
                        for (int f = 0; f < flips; f++) {
                            int bit = random.nextInt(256);
                            h[bit >> 6] ^= 1L << (bit & 63);
                        }
                    }
                    ids[i] = UUID.randomUUID();
                    values[i] = PdqHash.ofWords(h[0], h[1], h[2], h[3]).toHex();
                    if (samples.size() < 20 && (k % cluster == 0 || samples.size() % 2 == 1)) {
                        Map<String, String> sample = new LinkedHashMap<>();
                        sample.put("id", ids[i].toString());
                        sample.put("value", values[i]);
                        sample.put("nearDuplicate", flip(h, random, 6));
                        samples.add(sample);
                    }
                }
                long[] result = chunk(c, set, ids, values, now);
                upTo = Math.max(upTo, result[0]);
                inserted += (int) result[1];
                done += n;
            }
        }
        if (upTo > 0) {
            changed.fire(new IndicatorsChanged(upTo));
        }
        return new Inserted(inserted, upTo, samples);
    }

    /** Retires an indicator directly (state, history row, REMOVE change, event); false if it was not ACTIVE. */
    @RolesAllowed("centre-admin")
    public boolean retire(UUID indicator, String reason) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        long seq;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("update indicators set state = 'RETIRED', retired_reason = ?,"
                    + " state_changed_at = ?, version = version + 1 where id = ? and state = 'ACTIVE'")) {
                ps.setString(1, reason);
                ps.setTimestamp(2, now);
                ps.setObject(3, indicator);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into indicator_status_changes (id, indicator_id, from_state, event,"
                    + " to_state, occurred_at, actor, reason) values (?, ?, 'ACTIVE', 'RETIRE', 'RETIRED', ?, 'test-support', ?)")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, indicator);
                ps.setTimestamp(3, now);
                ps.setString(4, reason);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into indicator_changes (indicator_id, set_id, change, changed_at)"
                    + " select id, set_id, 'REMOVE', ? from indicators where id = ? returning seq")) {
                ps.setTimestamp(1, now);
                ps.setObject(2, indicator);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
        }
        changed.fire(new IndicatorsChanged(seq));
        return true;
    }

    private static String flip(long[] h, SplittableRandom random, int bits) {
        long[] near = h.clone();
        for (int f = 0; f < bits; f++) {
            int bit = random.nextInt(256);
            near[bit >> 6] ^= 1L << (bit & 63);
        }
        return PdqHash.ofWords(near[0], near[1], near[2], near[3]).toHex();
    }

    private static UUID set(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from indicator_sets where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no indicator set " + code);
                }
                return (UUID) rs.getObject(1);
            }
        }
    }

    /** One chunk in one statement: indicators, provenance, changes; returns {max seq, rows}. */
    private static long[] chunk(Connection c, UUID set, UUID[] ids, String[] values, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("with ins as ("
                + " insert into indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at)"
                + " select t.id, 0, ?, 'PDQ', t.value, 100, 'ACTIVE', ?, ? from unnest(?::uuid[], ?::varchar[]) as t(id, value)"
                + " on conflict do nothing returning id, set_id),"
                + " prov as (insert into indicator_provenance (id, indicator_id, source, process, process_version, label, verified, added_at)"
                + " select gen_random_uuid(), id, 'THIRD_PARTY_LIST', 'test-support', '1', 'synthetic', true, ? from ins),"
                + " ch as (insert into indicator_changes (indicator_id, set_id, change, changed_at)"
                + " select id, set_id, 'ADD', ? from ins returning seq)"
                + " select coalesce(max(seq), 0), count(*) from ch")) {
            ps.setObject(1, set);
            ps.setTimestamp(2, now);
            ps.setTimestamp(3, now);
            ps.setArray(4, c.createArrayOf("uuid", ids));
            ps.setArray(5, c.createArrayOf("varchar", values));
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
