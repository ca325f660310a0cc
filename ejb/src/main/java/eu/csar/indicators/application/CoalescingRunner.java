package eu.csar.indicators.application;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task at most once at a time for any number of requests, without making a requester wait
 * behind a run: {@link #request} runs the task in the calling thread if no run is under way, and
 * otherwise only makes the run under way go once more when it ends. So every request is followed
 * by a whole run that started after it (nothing the request stands for is missed), and a burst of
 * requests during one run costs one more run, not one each. Meant for idempotent "catch up with
 * what is there now" tasks: the match index's catch-up, the relay's index-change message.
 */
public final class CoalescingRunner {

    private final Runnable task;
    /** Requests not yet served by a run that started after them. */
    private final AtomicInteger pending = new AtomicInteger();

    public CoalescingRunner(Runnable task) {
        this.task = task;
    }

    /**
     * Runs the task now, as often as requests come meanwhile; or, if a run is under way in another
     * thread (or this one), returns at once and that run goes again. The task's exceptions reach the
     * caller that runs it; the requests are then dropped, so the next request runs it afresh.
     */
    public void request() {
        if (offer()) {
            runOwed();
        }
    }

    /**
     * Counts a request without running the task: true if no run was under way, and the caller must
     * now call {@link #runOwed} (in whichever thread it likes) or {@link #abandon}.
     */
    public boolean offer() {
        return pending.getAndIncrement() == 0;
    }

    /** Runs the task until no request is left unserved; only after {@link #offer} said true. */
    public void runOwed() {
        try {
            int taken;
            do {
                taken = pending.get();
                task.run();
            } while (pending.addAndGet(-taken) > 0);
        } catch (RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    /** Drops the requests counted (the run owed could not start), so the next request runs afresh. */
    public void abandon() {
        pending.set(0);
    }

    /** True while a run is under way or owed. */
    public boolean busy() {
        return pending.get() > 0;
    }
}
