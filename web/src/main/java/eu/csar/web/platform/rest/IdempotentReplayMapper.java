package eu.csar.web.platform.rest;

import eu.csar.platform.api.StoredAnswer;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;

/**
 * Answers a replayed request with the kept first answer: its status, Content-Type, Location, ETag
 * and body as they were, and {@code Idempotent-Replayed: true}.
 */
@Provider
public class IdempotentReplayMapper implements ExceptionMapper<IdempotentReplay> {

    @Override
    public Response toResponse(IdempotentReplay replay) {
        return replayOf(replay.answer());
    }

    static Response replayOf(StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header(IdempotencyKeys.REPLAYED_HEADER, "true");
        if (answer.contentType() != null) {
            response.header(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            response.entity((StreamingOutput) out -> out.write(body));
        }
        return response.build();
    }
}
