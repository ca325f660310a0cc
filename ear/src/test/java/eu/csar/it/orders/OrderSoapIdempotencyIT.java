package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static eu.csar.it.orders.OrderSoapIT.assertClientFault;
import static eu.csar.it.orders.OrderSoapIT.issueToAlpha;
import static eu.csar.it.orders.OrderSoapIT.orderId;
import static eu.csar.it.orders.OrderSoapIT.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Idempotency-Key} on the SOAP writes (docs/idempotency.md), on the real stack with a real
 * provider token: Alpha acknowledges a removal order twice with one key and gets the same envelope
 * byte for byte, the second marked replayed, with one history row and one audit entry in PostgreSQL;
 * the same key for another order is a client fault with the 422 problem and changes nothing; a
 * malformed key is a client fault with the 400 problem and changes nothing; a read ignores the key;
 * without a key the write works as before.
 */
@ExtendWith(ArquillianExtension.class)
class OrderSoapIdempotencyIT {

    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response call(String operation, String parameters, String... headers) {
        return Api.soap(OrderSoapIT.PATH, "", Api.envelope("<o:" + operation + " xmlns:o=\"" + OrderSoapIT.NS + "\">" + parameters
                + "</o:" + operation + ">"), Tokens.provider(Provider.ALPHA), headers);
    }

    static Api.Response acknowledge(String id, String... headers) {
        return call("AcknowledgeRemovalOrder", orderId(id), headers);
    }

    static long receipts(String id) {
        return Db.count("select count(*) from removal_order_status_changes where order_id = ?::uuid and event = 'ACKNOWLEDGE'", id);
    }

    static long audited(String id) {
        return Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_ACKNOWLEDGED' and outcome = 'SUCCESS' and object_id = ?", id);
    }

    @Test
    void theSameAcknowledgementTwiceWithOneKeyRunsOnceAndAnswersTheSameBytes() {
        String id = issueToAlpha();
        String key = UUID.randomUUID().toString();
        ServerLog.Mark log = ServerLog.mark();

        Api.Response first = acknowledge(id, KEY, key);
        Api.Response again = acknowledge(id, KEY, key);

        assertEquals(200, first.status(), first.toString());
        assertTrue(first.body().contains("RECEIVED"), first.body());
        assertFalse(first.header(REPLAYED).isPresent(), "a first answer is no replay");
        assertEquals(200, again.status(), again.toString());
        assertEquals("true", again.header(REPLAYED).orElse(null));
        assertEquals(first.body(), again.body(), "the kept envelope, byte for byte");
        assertEquals(first.header("Content-Type"), again.header("Content-Type"));
        assertEquals("RECEIVED", row(id).get("state"));
        assertEquals(1, receipts(id), "one history row");
        assertEquals(1, audited(id), "one audit entry");
        assertEquals(200, ((Number) Db.value("select response_status from idempotency_keys where idempotency_key = ?", key)).intValue());
        log.assertNoStackTrace();
    }

    @Test
    void theSameKeyForAnotherOrderIsAFaultAndChangesNothing() {
        String first = issueToAlpha();
        String other = issueToAlpha();
        String key = UUID.randomUUID().toString();
        assertEquals(200, acknowledge(first, KEY, key).status());
        Map<String, Object> before = row(other);

        Api.Response reused = acknowledge(other, KEY, key);

        assertClientFault(reused, "idempotency-key-reused");
        assertTrue(reused.body().contains("<status>422</status>"), reused.body());
        assertFalse(reused.header(REPLAYED).isPresent());
        assertEquals(before, row(other), "nothing changed");
        assertEquals(0, receipts(other));
        assertEquals(0, audited(other));
        assertEquals(1, receipts(first));
    }

    @Test
    void aMalformedKeyIsAFaultAndChangesNothing() {
        String id = issueToAlpha();
        Map<String, Object> before = row(id);

        Api.Response tooLong = acknowledge(id, KEY, "k".repeat(256));
        assertClientFault(tooLong, "idempotency-key-invalid");
        assertTrue(tooLong.body().contains("<status>400</status>"), tooLong.body());
        assertClientFault(acknowledge(id, KEY, "one", KEY, "two"), "idempotency-key-invalid");

        assertEquals(before, row(id), "nothing changed");
        assertEquals(0, receipts(id));
        assertEquals(0, audited(id));
    }

    @Test
    void readsIgnoreTheKey() {
        String id = issueToAlpha();
        String key = UUID.randomUUID().toString();
        Api.Response read = call("GetRemovalOrder", orderId(id), KEY, key);
        assertEquals(200, read.status(), read.toString());
        assertEquals(200, call("GetRemovalOrder", orderId(id), KEY, key).status());
        Api.Response list = call("ListRemovalOrders", "<o:size>100</o:size>", KEY, "k".repeat(256));
        assertEquals(200, list.status(), list.toString());
        assertFalse(list.header(REPLAYED).isPresent());
        assertEquals(0, Db.count("select count(*) from idempotency_keys where idempotency_key = ?", key), "no key kept for a read");
    }

    @Test
    void withoutAKeyTheWriteWorksAsBefore() {
        String id = issueToAlpha();
        Api.Response receipt = acknowledge(id);
        assertEquals(200, receipt.status(), receipt.toString());
        assertFalse(receipt.header(REPLAYED).isPresent());
        assertEquals("RECEIVED", row(id).get("state"));
        assertClientFault(acknowledge(id), "conflict");
        assertEquals(1, receipts(id));
        assertEquals(1, audited(id));
    }
}
