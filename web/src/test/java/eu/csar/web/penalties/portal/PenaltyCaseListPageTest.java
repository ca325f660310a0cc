package eu.csar.web.penalties.portal;

import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.application.NewPenaltyCase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opening form's links: one per line as KIND id (the kind may be left out for a removal order); a bad line is named. */
class PenaltyCaseListPageTest {

    static final UUID A = UUID.fromString("5d1c9a0e-0b6f-4a57-9d2e-0c1b2a3d4e5f");
    static final UUID B = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");

    @Test
    void linesAreReadAsKindAndId() {
        assertEquals(List.of(new NewPenaltyCase.Link(LinkKind.REMOVAL_ORDER, A), new NewPenaltyCase.Link(LinkKind.REPORT, B)),
                PenaltyCaseListPage.parseLinks("  " + A + "\n\n report   " + B + "  \r\n"));
        assertTrue(PenaltyCaseListPage.parseLinks(null).isEmpty());
        assertTrue(PenaltyCaseListPage.parseLinks(" \n ").isEmpty());
    }

    @Test
    void aLineThatCannotBeReadIsNamed() {
        assertEquals("PARKING " + A, assertThrows(IllegalArgumentException.class,
                () -> PenaltyCaseListPage.parseLinks("PARKING " + A)).getMessage());
        assertEquals("REPORT not-an-id", assertThrows(IllegalArgumentException.class,
                () -> PenaltyCaseListPage.parseLinks("REPORT not-an-id")).getMessage());
        assertEquals("REPORT a b", assertThrows(IllegalArgumentException.class,
                () -> PenaltyCaseListPage.parseLinks("REPORT a b")).getMessage());
    }
}
