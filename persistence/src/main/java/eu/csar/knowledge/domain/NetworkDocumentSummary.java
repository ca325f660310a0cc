package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.NetworkDocumentId;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A network document without its bytes: what the list shows. */
public record NetworkDocumentSummary(NetworkDocumentId id, String fileName, String mediaType, long sizeBytes, String sha256,
                                     String sharedBy, Instant sharedAt) implements Serializable {

    /** For the repository's query. */
    public NetworkDocumentSummary(UUID id, String fileName, String mediaType, Long sizeBytes, String sha256, String sharedBy,
                                  Instant sharedAt) {
        this(new NetworkDocumentId(id), fileName, mediaType, sizeBytes.longValue(), sha256, sharedBy, sharedAt);
    }

    public static NetworkDocumentSummary of(NetworkDocument d) {
        return new NetworkDocumentSummary(d.id(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.sharedBy(), d.sharedAt());
    }
}
