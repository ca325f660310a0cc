package eu.csar.indicators.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every workflow event against the resolution it brings to the indicator's open false-positive flags. */
class FlagResolutionTest {

    static final Map<IndicatorEvent, FlagResolution> INTENDED = Map.of(
            IndicatorEvent.CONFIRM, FlagResolution.CONFIRMED,
            IndicatorEvent.RETIRE, FlagResolution.RETIRED);

    @ParameterizedTest
    @EnumSource(IndicatorEvent.class)
    void onlyAConfirmationOrARetirementResolvesTheFlags(IndicatorEvent event) {
        assertEquals(Optional.ofNullable(INTENDED.get(event)), FlagResolution.after(event), event.name());
    }
}
