package eu.csar.reports.domain;

import eu.csar.reports.api.ReportState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.reports.api.ReportState.FINISHED;
import static eu.csar.reports.api.ReportState.OPEN;
import static eu.csar.reports.api.ReportState.RETRACTED;

/**
 * A provider's report (Art 12-13), in one table: OPEN -FINISH-> FINISHED; OPEN or FINISHED
 * -RETRACT-> RETRACTED. The review desk's states (FORWARDED, UNFOUNDED) will join here, and a
 * forwarded report will then no longer be retractable because the table will not say so.
 */
public final class ReportLifecycle {

    /** The state of a newly opened report. */
    public static final ReportState INITIAL = OPEN;

    /** The event name of the first history row, written when the report is opened. */
    public static final String OPEN_EVENT = "OPEN";

    public static final TransitionTable<ReportState, ReportEvent> TABLE =
            TransitionTable.of("report", ReportState.class, ReportEvent.class)
                    .allow(OPEN, ReportEvent.FINISH, FINISHED)
                    .allow(OPEN, ReportEvent.RETRACT, RETRACTED)
                    .allow(FINISHED, ReportEvent.RETRACT, RETRACTED)
                    .build();

    private ReportLifecycle() {
    }
}
