package eu.csar.it.indicators;

import eu.csar.it.support.Db;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Synthetic indicators for the screen tests, written with plain JDBC: a verified submission from a
 * Dutch authority decision, an ACTIVE PDQ hash with its provenance, history and change-feed row, a
 * near neighbour of it ({@link #NEIGHBOUR_DISTANCE} bits away) and a QUARANTINED indicator waiting
 * for a reviewer. The hashes are random: no real material is ever described.
 */
public final class ScreenSeed {

    /** Bits between {@link #activeValue} and {@link #neighbourValue}. */
    public static final int NEIGHBOUR_DISTANCE = 3;
    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";

    public final UUID submission = UUID.randomUUID();
    public final UUID active = UUID.randomUUID();
    public final UUID neighbour = UUID.randomUUID();
    public final UUID quarantined = UUID.randomUUID();
    public final String activeValue = randomHash();
    public final String neighbourValue = flipLowBits(activeValue, NEIGHBOUR_DISTANCE);
    public final String quarantinedValue = randomHash();
    public final String decisionReference = "NL-DEC-" + UUID.randomUUID().toString().substring(0, 8);
    public final String quarantineReason = "flood rule: 40x baseline " + UUID.randomUUID().toString().substring(0, 6);

    private ScreenSeed() {
    }

    public static ScreenSeed write() {
        ScreenSeed s = new ScreenSeed();
        Db.execute(
                "insert into indicator_submissions (id, version, set_id, member_state, source, authority, decision_reference, "
                        + "decision_date, process, process_version, submitted_by, submitted_at, state, verified_by, verified_at, "
                        + "line_count) values ('" + s.submission + "', 0, '" + KNOWN_IMAGES + "', 'NL', 'AUTHORITY_DECISION', "
                        + "'Rechtbank Den Haag', '" + s.decisionReference + "', date '2026-11-20', 'csar-hasher', '1.0', "
                        + "'ca-nl', now() - interval '2 days', 'VERIFIED', 'reviewer2', now() - interval '1 day', 3)",
                indicator(s.active, s.activeValue, "ACTIVE"),
                indicator(s.neighbour, s.neighbourValue, "ACTIVE"),
                indicator(s.quarantined, s.quarantinedValue, "QUARANTINED"),
                provenance(s, s.active), provenance(s, s.neighbour), provenance(s, s.quarantined),
                history(s.active, null, "SUBMIT", "SUBMITTED", "ca-nl", null, 3),
                history(s.active, "SUBMITTED", "VERIFY", "VERIFIED", "reviewer2", null, 2),
                history(s.active, "VERIFIED", "ACTIVATE", "ACTIVE", "reviewer2", null, 1),
                history(s.neighbour, "VERIFIED", "ACTIVATE", "ACTIVE", "reviewer2", null, 1),
                history(s.quarantined, "VERIFIED", "ACTIVATE", "ACTIVE", "reviewer2", null, 2),
                history(s.quarantined, "ACTIVE", "QUARANTINE", "QUARANTINED", "system", s.quarantineReason, 1),
                "insert into indicator_changes (indicator_id, set_id, change, changed_at) values ('" + s.active + "', '"
                        + KNOWN_IMAGES + "', 'ADD', now())",
                "insert into indicator_changes (indicator_id, set_id, change, changed_at) values ('" + s.neighbour + "', '"
                        + KNOWN_IMAGES + "', 'ADD', now())");
        return s;
    }

    /**
     * One more ACTIVE PDQ indicator, {@code value}, linked to this seed's submission by a provenance link
     * that no centre reviewer verified (as an import leaves it), with its change-feed row; returns its id.
     */
    public UUID writeUnverified(String value) {
        UUID id = UUID.randomUUID();
        Db.execute(indicator(id, value, "ACTIVE"), provenance(this, id, false),
                "insert into indicator_changes (indicator_id, set_id, change, changed_at) values ('" + id + "', '"
                        + KNOWN_IMAGES + "', 'ADD', now())");
        return id;
    }

    private static String indicator(UUID id, String value, String state) {
        return "insert into indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at, "
                + "review_due_at) values ('" + id + "', 0, '" + KNOWN_IMAGES + "', 'PDQ', '" + value + "', 90, '" + state
                + "', now() - interval '2 days', now() - interval '1 hour', now() + interval '365 days')";
    }

    private static String provenance(ScreenSeed s, UUID indicator) {
        return provenance(s, indicator, true);
    }

    private static String provenance(ScreenSeed s, UUID indicator, boolean verified) {
        return "insert into indicator_provenance (id, indicator_id, submission_id, source, member_state, authority, "
                + "decision_reference, decision_date, process, process_version, label, verified, added_at) values ('"
                + UUID.randomUUID() + "', '" + indicator + "', '" + s.submission + "', 'AUTHORITY_DECISION', 'NL', "
                + "'Rechtbank Den Haag', '" + s.decisionReference + "', date '2026-11-20', 'csar-hasher', '1.0', "
                + "'case-folder-7', " + verified + ", now() - interval '2 days')";
    }

    private static String history(UUID indicator, String from, String event, String to, String actor, String reason, int hoursAgo) {
        return "insert into indicator_status_changes (id, indicator_id, from_state, event, to_state, occurred_at, actor, reason) "
                + "values ('" + UUID.randomUUID() + "', '" + indicator + "', " + (from == null ? "null" : "'" + from + "'") + ", '"
                + event + "', '" + to + "', now() - interval '" + hoursAgo + " hours', '" + actor + "', "
                + (reason == null ? "null" : "'" + reason + "'") + ")";
    }

    static String randomHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code hash} with its lowest {@code bits} bits (at most 4) inverted. */
    static String flipLowBits(String hash, int bits) {
        int last = Character.digit(hash.charAt(hash.length() - 1), 16) ^ ((1 << bits) - 1);
        return hash.substring(0, hash.length() - 1) + Character.forDigit(last, 16);
    }
}
