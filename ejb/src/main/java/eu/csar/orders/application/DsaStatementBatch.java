package eu.csar.orders.application;

import java.util.List;
import java.util.Map;

/**
 * One submission for the DSA Transparency Database ({@code POST /api/v1/statements}, body
 * {@code {"statements":[...]}}): at most {@link DsaStatementRules#MAX_BATCH} statements, checked
 * against {@link DsaStatementRules}; {@code page} of the export (from 0) and {@code total} statements
 * in the whole range, so the caller knows whether another batch follows.
 */
public record DsaStatementBatch(List<Map<String, Object>> statements, int page, int size, long total) {

    public DsaStatementBatch {
        statements = List.copyOf(statements);
    }

    /** Whether a later page holds more statements. */
    public boolean more() {
        return (long) (page + 1) * size < total;
    }
}
