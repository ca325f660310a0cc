package eu.csar.indicators.application;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the time of one change goes between the commit on one node and the match index of another:
 * one DEBUG line per leg, in the form {@code follow-up <leg> seq=<n> at=<epoch ms>[ <detail>]}, on the
 * category {@code eu.csar.indicators.followup}. Off by default; {@code bin/cluster probe} switches it
 * on for both nodes and joins the lines of both server logs with its own timings, per change seq
 * (the nodes of bin/cluster share one clock). Wall-clock time, because the legs run on two JVMs.
 */
public final class FollowUpTrace {

    /** The logging category; DEBUG on it turns the trace on. */
    public static final String CATEGORY = "eu.csar.indicators.followup";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private FollowUpTrace() {
    }

    /** True if the trace is on (so callers skip the clock reads otherwise). */
    public static boolean on() {
        return LOG.isLoggable(Level.FINE);
    }

    /** The transaction that wrote change {@code seq} has committed (its after-commit observer runs). */
    public static void committed(long seq) {
        leg("committed", seq, "");
    }

    /** The index-change message naming {@code seq} went to the topic. */
    public static void published(long seq) {
        leg("published", seq, "");
    }

    /** This node's consumer received the message naming {@code seq}, sent at {@code sentAt} (epoch ms). */
    public static void received(long seq, long sentAt) {
        leg("received", seq, "sent=" + sentAt);
    }

    /** This node's index applied every change up to {@code seq}; how long it waited for the lock and worked. */
    public static void applied(long seq, long fromSeq, long waitedMicros, long tookMicros, String trigger) {
        leg("applied", seq, "from=" + fromSeq + " waitedUs=" + waitedMicros + " tookUs=" + tookMicros + " trigger=" + trigger);
    }

    private static void leg(String leg, long seq, String detail) {
        if (on()) {
            LOG.fine("follow-up " + leg + " seq=" + seq + " at=" + System.currentTimeMillis() + (detail.isEmpty() ? "" : " " + detail));
        }
    }
}
