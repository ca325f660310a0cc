package eu.csar.web.platform.soap;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.StoredAnswer;

import java.util.List;

/**
 * One SOAP call that came with an {@code Idempotency-Key} header, from {@link IdempotentSoapFilter}
 * (the header values, the path and the body as sent) to {@link IdempotentSoapWrites} and back (what
 * the write's claim found). A request attribute: it lives as long as the call.
 */
final class KeyedSoapCall {

    static final String ATTRIBUTE = "eu.csar.idempotent-soap-call";

    final List<String> keyHeaders;
    final String path;
    final byte[] body;

    /** A write operation reached the key's check. */
    boolean guarded;
    /** The key this write claimed first: its answer is kept if the write succeeds. */
    IdempotencyKey claimed;
    /** The kept answer of the first call with this key and request: sent instead of this call's. */
    StoredAnswer replay;

    KeyedSoapCall(List<String> keyHeaders, String path, byte[] body) {
        this.keyHeaders = List.copyOf(keyHeaders);
        this.path = path;
        this.body = body.clone();
    }
}
