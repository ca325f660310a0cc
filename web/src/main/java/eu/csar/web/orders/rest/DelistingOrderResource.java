package eu.csar.web.orders.rest;

import eu.csar.orders.api.UrlListOrderType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Delisting orders (Council general approach 2025) over the partner API: a search engine removes the
 * URL-list entries an order names from its results; receipt, execution report, revocation, list and
 * read as every URL-list order ({@link UrlListOrderResource}). Under a legal profile without delisting
 * orders ({@code COM-2022-209}) issuing is refused with a problem naming the profile.
 */
@Tag(name = "Delisting orders", description = "Orders to search engines to delist URLs of the EU Centre's URL list (Council general approach 2025)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/delisting-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelistingOrderResource extends UrlListOrderResource {

    @Override
    UrlListOrderType type() {
        return UrlListOrderType.DELISTING;
    }
}
