package eu.csar.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or exists but belongs to another tenant: callers cannot tell the two
 * apart, so that ids of other Member States' or providers' objects reveal nothing (HTTP 404).
 */
@ApplicationException(rollback = true)
public class UnknownObjectException extends RuntimeException {

    private final String objectType;
    private final String objectId;

    public UnknownObjectException(String objectType, Object objectId) {
        super(objectType + " " + objectId + " not found");
        this.objectType = objectType;
        this.objectId = String.valueOf(objectId);
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }
}
