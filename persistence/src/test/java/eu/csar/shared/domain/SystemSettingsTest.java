package eu.csar.shared.domain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Settings from system properties: the value when it is a (positive) number, else the fallback. */
class SystemSettingsTest {

    static final String PROPERTY = "csar.test.system-settings";

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aNumberIsReadAndAnythingElseFallsBack() {
        assertEquals(7, SystemSettings.number(PROPERTY, 7));
        System.setProperty(PROPERTY, " 42 ");
        assertEquals(42, SystemSettings.number(PROPERTY, 7));
        System.setProperty(PROPERTY, "-3");
        assertEquals(-3, SystemSettings.number(PROPERTY, 7));
        System.setProperty(PROPERTY, "2GiB");
        assertEquals(7, SystemSettings.number(PROPERTY, 7));
    }

    @Test
    void aPositiveNumberIsReadAndZeroOrLessFallsBack() {
        System.setProperty(PROPERTY, "1");
        assertEquals(1, SystemSettings.positiveNumber(PROPERTY, 7));
        for (String wrong : new String[]{"0", "-1", "x", " "}) {
            System.setProperty(PROPERTY, wrong);
            assertEquals(7, SystemSettings.positiveNumber(PROPERTY, 7), wrong);
        }
    }
}
