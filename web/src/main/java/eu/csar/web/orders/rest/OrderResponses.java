package eu.csar.web.orders.rest;

import eu.csar.orders.application.AnnexPdf;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * How every order resource answers reads and writes, whatever the kind of order: an order's
 * {@code ETag} is its id and version; a page's is a digest of its position, total and the ids and
 * versions on it; a read whose tag the client already holds ({@code If-None-Match}) is 304 without
 * a body; a write answers the order with its new tag; an order's annex form is a PDF to save, its
 * verification hash also in the {@code Verification-Hash} header.
 */
final class OrderResponses {

    private OrderResponses() {
    }

    /** An order's id and version, as a partner sees them. */
    record Versioned(Object id, long version) {
    }

    static EntityTag tag(Object id, long version) {
        return new EntityTag(id + "-" + version);
    }

    static EntityTag pageTag(int page, int size, long total, List<Versioned> items) {
        StringBuilder fingerprint = new StringBuilder().append(page).append('/').append(size).append('/').append(total);
        items.forEach(o -> fingerprint.append(';').append(o.id()).append(':').append(o.version()));
        return new EntityTag(sha256(fingerprint.toString()));
    }

    /** 200 with {@code body} and {@code tag}, or 304 when the client holds that tag already. */
    static Response read(Request request, EntityTag tag, Supplier<Object> body) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(body.get()).tag(tag).build();
    }

    static Response written(Object body, EntityTag tag) {
        return Response.ok(body).tag(tag).build();
    }

    /** 200 with the PDF as an attachment and its verification hash in a header. */
    static Response pdf(AnnexPdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Verification-Hash", "sha-256=" + pdf.verificationHash())
                .build();
    }

    /** An instant as ISO 8601 UTC, or null. */
    static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    /** A code's name, or null. */
    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
