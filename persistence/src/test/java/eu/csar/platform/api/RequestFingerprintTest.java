package eu.csar.platform.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A retry matches its first request; a change of method, path or a single body byte does not. */
class RequestFingerprintTest {

    private static final byte[] BODY = "{\"email\":\"a@example.org\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertEquals(RequestFingerprint.of("PUT", "/api/v1/providers/me/contact-point", BODY),
                RequestFingerprint.of("put", "/api/v1/providers/me/contact-point", BODY.clone()));
    }

    @Test
    void anotherMethodPathOrBodyIsAnotherRequest() {
        RequestFingerprint first = RequestFingerprint.of("PUT", "/api/v1/providers/me/contact-point", BODY);
        assertNotEquals(first, RequestFingerprint.of("POST", "/api/v1/providers/me/contact-point", BODY));
        assertNotEquals(first, RequestFingerprint.of("PUT", "/api/v1/providers/me/legal-representative", BODY));
        byte[] other = BODY.clone();
        other[other.length - 2] ^= 1;
        assertNotEquals(first, RequestFingerprint.of("PUT", "/api/v1/providers/me/contact-point", other));
    }

    @Test
    void theBodyHashIsTheHexSha256OfTheBytesAsSent() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                RequestFingerprint.of("POST", "/x", null).bodySha256(), "no body hashes as the empty body");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RequestFingerprint.sha256("abc"));
        assertEquals(RequestFingerprint.sha256(new byte[0]), RequestFingerprint.of("POST", "/x", new byte[0]).bodySha256());
    }

    @Test
    void allPartsAreRequired() {
        assertThrows(NullPointerException.class, () -> new RequestFingerprint(null, "/x", "h"));
        assertThrows(NullPointerException.class, () -> new RequestFingerprint("PUT", null, "h"));
        assertThrows(NullPointerException.class, () -> new RequestFingerprint("PUT", "/x", null));
    }

    @Test
    void onlySuccessfulAnswersAreKept() {
        assertTrue(new StoredAnswer(200, null, null, null, "{}").isKept());
        assertTrue(new StoredAnswer(201, null, null, null, null).isKept());
        assertTrue(new StoredAnswer(299, null, null, null, null).isKept());
        assertFalse(new StoredAnswer(199, null, null, null, null).isKept());
        assertFalse(new StoredAnswer(300, null, null, null, null).isKept());
        assertFalse(new StoredAnswer(409, null, null, null, null).isKept());
        assertFalse(new StoredAnswer(500, null, null, null, null).isKept());
    }
}
