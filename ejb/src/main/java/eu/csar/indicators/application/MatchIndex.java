package eu.csar.indicators.application;

import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import eu.csar.detection.pdq.PdqHash;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.platform.api.StartupLoads;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's in-memory match index (Art 10, 50): per indicator set, a {@link HashIndex} of the
 * matchable PDQ hashes (ids = {@code indicators.seq}) and {@link DigestTable}s of the MD5 and SHA-256
 * digests; per seq, the indicator's id and the classes of its live provenance links.
 *
 * <p>Start-up: loaded from PostgreSQL by binary COPY ({@link IndexScans}), only matchable rows
 * (ACTIVE with a live provenance link), in one snapshot that also reads the change feed's head;
 * registered with {@link StartupLoads}, so the node is not ready until the index is.
 *
 * <p>Following the database: {@link #catchUp} reads every change-feed row after the last one applied
 * and reconciles each named indicator with its current row (matchable and absent: add; no longer
 * matchable and present: remove), so a change applied twice or out of order costs nothing. It runs
 * when the index-change topic says so (every node, ids only), and every five seconds in any case,
 * so a lost message costs seconds. Identity values of concurrent writers may commit out of order:
 * a number skipped is looked for again for a minute before it counts as rolled back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator") // the schema first: the load reads the indicator tables
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll // answers seqs only to the matching service, which checks the caller's grants; catching up adds no authority
public class MatchIndex {

    static final String LOAD = "indicator match index";
    static final int CHANGE_PAGE = 10_000;
    /** How long a skipped change-feed number is looked for again before it counts as a rolled-back insert. */
    static final long GAP_NANOS = 60_000_000_000L;
    /** Fold the PDQ delta into the base above this size (the delta is searched by brute force). */
    static final int COMPACT_AT = 20_000;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final Logger LOG = Logger.getLogger(MatchIndex.class.getName());

    private static final String MASK = "bit_or(case p.source when 'AUTHORITY_DECISION' then 1 when 'VICTIM_REQUEST' then 2"
            + " when 'THIRD_PARTY_LIST' then 4 when 'CENTRE_REVIEW' then 8 else 0 end)";

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    StartupLoads loads;

    private final Object writeLock = new Object();
    private final Map<UUID, SetIndex> sets = new ConcurrentHashMap<>();
    private final SeqTable entries = new SeqTable();
    private final Map<Long, Long> gaps = new HashMap<>();
    private volatile boolean loaded;
    private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();
    /** One catch-up pass at a time; a request during a pass makes it go once more (see {@link #catchUp}). */
    private final CoalescingRunner catchUps = new CoalescingRunner(this::catchUpPass);
    /** The last catch-up request, for the follow-up trace only. */
    private volatile long lastRequested;
    private volatile String lastTrigger = "load";
    private volatile long appliedSeq;
    /** PDQ batches being searched right now: a lone batch is split over the idle cores, concurrent ones are not. */
    private final AtomicInteger batchesRunning = new AtomicInteger();

    /** One set's indexes. */
    static final class SetIndex {
        final String code;
        final HashIndex pdq;
        final DigestTable md5;
        final DigestTable sha256;

        SetIndex(String code, HashIndex pdq, DigestTable md5, DigestTable sha256) {
            this.code = code;
            this.pdq = pdq;
            this.md5 = md5;
            this.sha256 = sha256;
        }
    }

    @PostConstruct
    void start() {
        StartupLoads.Load load = loads.begin(LOAD);
        loading.set(true);
        executor.submit(() -> load(load));
    }

    private void load(StartupLoads.Load load) {
        try {
            loadAll();
            load.done();
            catchUp("load");
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.SEVERE, "the match index could not be loaded; this node stays not-ready until a retry succeeds", e);
            load.failed();
        } finally {
            loading.set(false);
        }
    }

    /** True once the start-up load is through. */
    public boolean loaded() {
        return loaded;
    }

    /** The last change-feed seq this node applied. */
    public long appliedSeq() {
        return appliedSeq;
    }

    /** Every indicator set that has matchable indicators on this node. */
    public Set<IndicatorSetId> setIds() {
        Set<IndicatorSetId> ids = new LinkedHashSet<>();
        sets.keySet().forEach(id -> ids.add(new IndicatorSetId(id)));
        return ids;
    }

    /** Matchable indicators in the index, over all sets. */
    public int size() {
        return sets.values().stream().mapToInt(s -> s.pdq.size() + s.md5.size() + s.sha256.size()).sum();
    }

    /** PDQ hashes added since the last fold, over all sets (searched by brute force until folded). */
    public int pdqDelta() {
        return sets.values().stream().mapToInt(s -> s.pdq.deltaSize()).sum();
    }

    /** Folds every PDQ delta into its base now, whatever its size (the poll folds only large ones); for load tests. */
    public void compact() {
        synchronized (writeLock) {
            for (SetIndex index : sets.values()) {
                if (index.pdq.deltaSize() > 0) {
                    index.pdq.compact();
                }
            }
        }
    }

    /**
     * For each line, the indicators in {@code allowed} sets that match it: PDQ within {@code radius},
     * digests exactly; sorted by distance. The PDQ lines go to each set's index as one batch
     * ({@link PdqBatch}), spread over the idle cores when few batches run at once.
     */
    public List<List<IndexHit>> query(Collection<IndicatorSetId> allowed, List<MatchBatch.Line> lines, int radius) {
        if (!loaded) {
            throw new IllegalStateException("the match index is still loading");
        }
        List<SetIndex> targets = new ArrayList<>();
        for (IndicatorSetId set : allowed) {
            SetIndex index = sets.get(set.value());
            if (index != null) {
                targets.add(index);
            }
        }
        List<List<IndexHit>> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(new ArrayList<>(0));
        }
        if (targets.isEmpty()) {
            return out;
        }
        int[] pdqLines = new int[lines.size()];
        long[] words = new long[4 * lines.size()];
        int pdq = 0;
        for (int i = 0; i < lines.size(); i++) {
            MatchBatch.Line line = lines.get(i);
            switch (line.kind()) {
                case PDQ -> {
                    PdqHash q = PdqHash.fromHex(line.hex());
                    for (int w = 0; w < 4; w++) {
                        words[4 * pdq + w] = q.word(w);
                    }
                    pdqLines[pdq++] = i;
                }
                case MD5, SHA256 -> {
                    for (SetIndex index : targets) {
                        DigestTable table = line.kind() == IndicatorKind.MD5 ? index.md5 : index.sha256;
                        long id = table.get(table.key(line.hex()));
                        if (id > 0) {
                            hit(out.get(i), index, id, 0);
                        }
                    }
                }
                default -> throw new IllegalArgumentException("not matchable: " + line.kind());
            }
        }
        if (pdq > 0) {
            int busy = batchesRunning.incrementAndGet();
            try {
                int parts = PdqBatch.parts(pdq, CORES, busy);
                for (SetIndex index : targets) {
                    if (index.pdq.size() == 0) {
                        continue; // a set without PDQ indicators (or only sub-set parents): nothing to search
                    }
                    List<List<Match>> found = PdqBatch.query(index.pdq, words, pdq, radius, parts, executor);
                    for (int j = 0; j < pdq; j++) {
                        List<IndexHit> hits = out.get(pdqLines[j]);
                        for (Match m : found.get(j)) {
                            hit(hits, index, m.id(), m.distance());
                        }
                    }
                }
            } finally {
                batchesRunning.decrementAndGet();
            }
        }
        for (List<IndexHit> hits : out) {
            if (hits.size() > 1) {
                hits.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
            }
        }
        return out;
    }

    private void hit(List<IndexHit> hits, SetIndex index, long seq, int distance) {
        UUID id = entries.id(seq);
        int mask = entries.mask(seq);
        if (id != null && mask != 0) {
            hits.add(new IndexHit(new IndicatorId(id), index.code, distance, sources(mask)));
        }
    }

    static List<ProvenanceSource> sources(int mask) {
        List<ProvenanceSource> out = new ArrayList<>(2);
        for (ProvenanceSource source : ProvenanceSource.values()) {
            if ((mask & (1 << source.ordinal())) != 0) {
                out.add(source);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ start-up load

    /**
     * Loads every matchable indicator in one repeatable-read snapshot that also reads the change
     * feed's head: two plain scans as binary COPY ({@link IndexScans}: indicators, then live
     * provenance links) joined here by {@link IndexLoad}, then one build per set. Logs how long each
     * step took.
     */
    void loadAll() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long head = single(c, "select coalesce(max(seq), 0) from indicator_changes");
                long maxSeq = single(c, "select coalesce(max(seq), 0) from indicators");
                long estimate = single(c, "select greatest(reltuples, 0)::bigint from pg_class where relname = 'indicators'");
                Map<UUID, String> codes = setCodes(c);
                entries.reserve(maxSeq + maxSeq / 8 + 1024);
                IndexLoad load = new IndexLoad(entries, (int) Math.min(Math.max(estimate, 0), Integer.MAX_VALUE - 16));
                long scanned = IndexScans.indicators(c, load);
                long indicatorsRead = System.nanoTime();
                long links = IndexScans.links(c, load);
                c.commit();
                long linksRead = System.nanoTime();
                Map<UUID, SetIndex> built = load.build(codes);
                long builtAt = System.nanoTime();
                synchronized (writeLock) {
                    sets.putAll(built);
                    appliedSeq = head;
                    loaded = true;
                }
                int rows = load.matchable();
                long scannedRows = scanned;
                long linkRows = links;
                LOG.info(() -> "match index loaded: " + rows + " indicators up to change " + head + " in " + ms(started, builtAt)
                        + " ms (indicators: " + scannedRows + " rows in " + ms(started, indicatorsRead) + " ms; provenance: " + linkRows
                        + " links in " + ms(indicatorsRead, linksRead) + " ms; build: " + ms(linksRead, builtAt) + " ms)");
            } finally {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // nothing was written
                }
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Map<UUID, String> setCodes(Connection c) throws SQLException {
        Map<UUID, String> codes = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, code from indicator_sets")) {
            while (rs.next()) {
                codes.put((UUID) rs.getObject(1), rs.getString(2));
            }
        }
        return codes;
    }

    static SetIndex emptySet(String code) {
        return new SetIndex(code, HashIndex.empty(), new DigestTable(2), new DigestTable(2));
    }

    // ------------------------------------------------------------------ following the change feed

    /**
     * Applies every change after the last one applied (and any skipped number that has since
     * committed). At most one pass runs at a time, and callers never queue behind it: a request that
     * comes while a pass runs makes that pass go once more when it ends, so every request is followed
     * by a whole pass that started after it (no later change is missed), and a burst of messages costs
     * two passes, not one per message. Returns at once in that case.
     */
    public void catchUp() {
        catchUp("message");
    }

    private void catchUp(String trigger) {
        if (!loaded) {
            return;
        }
        lastTrigger = trigger;
        lastRequested = System.nanoTime();
        catchUps.request();
    }

    private void catchUpPass() {
        long requested = lastRequested;
        String trigger = lastTrigger;
        synchronized (writeLock) {
            long started = System.nanoTime();
            long from = appliedSeq;
            try (Connection c = dataSource.getConnection()) {
                boolean more = true;
                while (more) {
                    more = applyPage(c);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "match index catch-up failed; the next one retries", e);
            }
            if (appliedSeq > from && FollowUpTrace.on()) {
                FollowUpTrace.applied(appliedSeq, from, (started - requested) / 1000, (System.nanoTime() - started) / 1000, trigger);
            }
        }
    }

    /** The safety poll: a lost message costs at most these seconds; also folds a large PDQ delta. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "match index safety poll")
    void poll() {
        if (!loaded && loading.compareAndSet(false, true)) {
            StartupLoads.Load load = loads.begin(LOAD);
            executor.submit(() -> load(load));
            return;
        }
        catchUp("poll");
        synchronized (writeLock) {
            for (SetIndex index : sets.values()) {
                if (index.pdq.deltaSize() > COMPACT_AT) {
                    index.pdq.compact();
                }
            }
        }
    }

    private boolean applyPage(Connection c) throws SQLException {
        long after = appliedSeq;
        Long[] wanted = expiredGapsDropped();
        List<long[]> seen = new ArrayList<>();
        Set<UUID> indicators = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, indicator_id from indicator_changes"
                + " where seq > ? or seq = any(?) order by seq limit " + CHANGE_PAGE)) {
            ps.setLong(1, after);
            ps.setArray(2, c.createArrayOf("bigint", wanted));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.add(new long[] {rs.getLong(1)});
                    indicators.add((UUID) rs.getObject(2));
                }
            }
        }
        if (seen.isEmpty()) {
            return false;
        }
        reconcile(c, indicators);
        long last = after;
        for (long[] row : seen) {
            long seq = row[0];
            if (seq <= after) {
                gaps.remove(seq);
                continue;
            }
            if (seq > last + 1 && seq - last < CHANGE_PAGE) {
                long now = System.nanoTime();
                for (long missing = last + 1; missing < seq; missing++) {
                    gaps.putIfAbsent(missing, now);
                }
            }
            last = Math.max(last, seq);
        }
        appliedSeq = last;
        return seen.size() == CHANGE_PAGE;
    }

    private Long[] expiredGapsDropped() {
        long now = System.nanoTime();
        gaps.values().removeIf(since -> now - since > GAP_NANOS);
        return gaps.keySet().toArray(new Long[0]);
    }

    private void reconcile(Connection c, Set<UUID> indicators) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select i.seq, i.id, i.set_id, i.kind, i.value, i.state,"
                + " (select " + MASK + " from indicator_provenance p where p.indicator_id = i.id and p.withdrawn_at is null)"
                + " from indicators i where i.id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", indicators.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    UUID id = (UUID) rs.getObject(2);
                    UUID set = (UUID) rs.getObject(3);
                    IndicatorKind kind = IndicatorKind.valueOf(rs.getString(4));
                    String value = rs.getString(5);
                    boolean active = "ACTIVE".equals(rs.getString(6));
                    int mask = rs.getInt(7);
                    apply(c, seq, id, set, kind, value, active && mask != 0 && kind != IndicatorKind.URL, mask);
                }
            }
        }
    }

    private void apply(Connection c, long seq, UUID id, UUID set, IndicatorKind kind, String value, boolean matchable, int mask)
            throws SQLException {
        boolean present = entries.mask(seq) != 0;
        if (matchable == present) {
            if (matchable) {
                entries.put(seq, id, mask);
            }
            return;
        }
        SetIndex index = sets.get(set);
        if (index == null) {
            index = emptySet(setCodes(c).getOrDefault(set, set.toString()));
            sets.put(set, index);
        }
        if (matchable) {
            entries.put(seq, id, mask);
            switch (kind) {
                case PDQ -> index.pdq.add(seq, PdqHash.fromHex(value));
                case MD5 -> index.md5.put(index.md5.key(value), seq);
                case SHA256 -> index.sha256.put(index.sha256.key(value), seq);
                default -> {
                    // not matchable
                }
            }
        } else {
            switch (kind) {
                case PDQ -> index.pdq.remove(seq, PdqHash.fromHex(value));
                case MD5 -> index.md5.remove(index.md5.key(value), seq);
                case SHA256 -> index.sha256.remove(index.sha256.key(value), seq);
                default -> {
                    // not matchable
                }
            }
            entries.clear(seq);
        }
    }

    /**
     * Per seq: the indicator's id (two longs) and its provenance mask (0: not in the index); 17
     * bytes per number, arrays grown by doubling. Written under the index's write lock, read
     * without locks through the volatile holder.
     */
    static final class SeqTable implements IndicatorSeqs.Ids {

        private record Arrays3(long[] hi, long[] lo, byte[] mask) {
        }

        private volatile Arrays3 a = new Arrays3(new long[1024], new long[1024], new byte[1024]);

        void put(long seq, UUID id, int mask) {
            put(seq, id.getMostSignificantBits(), id.getLeastSignificantBits(), mask);
        }

        /** The same with the id as its two halves (the start-up load reads them so). */
        void put(long seq, long idHi, long idLo, int mask) {
            int i = index(seq);
            Arrays3 cur = a;
            if (i >= cur.mask.length) {
                int size = Math.max(cur.mask.length * 2, i + 1);
                cur = new Arrays3(Arrays.copyOf(cur.hi, size), Arrays.copyOf(cur.lo, size), Arrays.copyOf(cur.mask, size));
            }
            cur.hi[i] = idHi;
            cur.lo[i] = idLo;
            cur.mask[i] = (byte) mask;
            a = cur;
        }

        /** Makes room for seqs below {@code size} at once (the start-up load knows the largest). */
        void reserve(long size) {
            int want = index(Math.min(size, Integer.MAX_VALUE - 8));
            Arrays3 cur = a;
            if (want > cur.mask.length) {
                a = new Arrays3(Arrays.copyOf(cur.hi, want), Arrays.copyOf(cur.lo, want), Arrays.copyOf(cur.mask, want));
            }
        }

        /** Adds provenance classes to a seq already {@link #put}. */
        void orMask(int seq, int bits) {
            Arrays3 cur = a;
            cur.mask[seq] |= (byte) bits;
        }

        @Override
        public long hi(int seq) {
            return a.hi[seq];
        }

        @Override
        public long lo(int seq) {
            return a.lo[seq];
        }

        void clear(long seq) {
            int i = index(seq);
            Arrays3 cur = a;
            if (i < cur.mask.length) {
                cur.mask[i] = 0;
                a = cur;
            }
        }

        int mask(long seq) {
            Arrays3 cur = a;
            int i = index(seq);
            return i < cur.mask.length ? cur.mask[i] : 0;
        }

        UUID id(long seq) {
            Arrays3 cur = a;
            int i = index(seq);
            return i < cur.mask.length && cur.mask[i] != 0 ? new UUID(cur.hi[i], cur.lo[i]) : null;
        }

        static int index(long seq) {
            if (seq < 0 || seq > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("indicator seq out of range: " + seq);
            }
            return (int) seq;
        }
    }
}
