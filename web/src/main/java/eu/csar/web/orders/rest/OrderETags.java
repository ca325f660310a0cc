package eu.csar.web.orders.rest;

import jakarta.ws.rs.core.EntityTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code ETag}s of the order resources: one order's is its id and version; a page's is a hash of
 * the page, its size, the total and every order's id and version on it, so that any move of any
 * order on the page, or a new order, changes it.
 */
final class OrderETags {

    private OrderETags() {
    }

    static EntityTag of(Object id, long version) {
        return new EntityTag(id + "-" + version);
    }

    /** Starts the fingerprint of a page; append {@code ;id:version} for each order on it. */
    static StringBuilder page(int page, int size, long total) {
        return new StringBuilder().append(page).append('/').append(size).append('/').append(total);
    }

    static EntityTag ofPage(CharSequence fingerprint) {
        try {
            return new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fingerprint.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
