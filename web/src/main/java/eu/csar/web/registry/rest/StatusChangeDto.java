package eu.csar.web.registry.rest;

/** A move of a provider's status as a centre admin's system asks for it: {@code SUSPEND} (with a reason) or {@code REINSTATE}. */
public class StatusChangeDto {
    public String event;
    public String reason;
}
