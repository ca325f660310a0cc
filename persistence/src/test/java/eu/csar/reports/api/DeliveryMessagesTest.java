package eu.csar.reports.api;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery job's contract: the delivery's id as its only property, urgent reports' jobs first; settled deliveries. */
class DeliveryMessagesTest {

    @Test
    void aJobCarriesTheDeliveryIdAndUrgentOnesTheHighestPriority() {
        UUID id = UUID.randomUUID();
        Map<String, String> properties = DeliveryMessages.propertiesOf(id);
        assertEquals(Map.of(DeliveryMessages.DELIVERY_ID, id.toString()), properties);
        assertEquals(Optional.of(id), DeliveryMessages.deliveryOf(properties.get(DeliveryMessages.DELIVERY_ID)));
        assertEquals(Optional.empty(), DeliveryMessages.deliveryOf("not-a-uuid"));
        assertEquals(Optional.empty(), DeliveryMessages.deliveryOf(null));
        assertEquals(9, DeliveryMessages.priority(true));
        assertEquals(4, DeliveryMessages.priority(false));
    }

    @Test
    void onlyAPendingDeliveryIsOpen() {
        assertFalse(DeliveryState.PENDING.settled());
        assertTrue(DeliveryState.DELIVERED.settled());
        assertTrue(DeliveryState.FAILED.settled());
        assertTrue(DeliveryState.DEAD.settled());
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), new DeliveryId(id).toString());
        assertThrows(NullPointerException.class, () -> new DeliveryId(null));
    }
}
