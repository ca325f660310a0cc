package eu.csar.it.fuzz;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generators themselves, without a server: every request to a write operation is one the platform
 * must refuse (else the fuzz test could change the registry), every request is sendable, and a seed
 * gives the same requests again.
 */
class RequestGeneratorsTest {

    private static final Shape.Text TEXT = new Shape.Text("name", "", List.of());

    private static List<RequestSource> sources() {
        Map<String, Shape> contact = new LinkedHashMap<>();
        contact.put("email", new Shape.Text("email", "", List.of()));
        contact.put("languages", new Shape.Many("languages", new Shape.Text("languages", "", List.of())));
        Map<String, Shape> profile = new LinkedHashMap<>();
        profile.put("legalName", TEXT);
        profile.put("contactPoint", new Shape.Fields("contactPoint", contact));
        profile.put("version", new Shape.Whole("version", true));
        Shape.Fields body = new Shape.Fields("body", profile);
        RestOperation.Parameter id = new RestOperation.Parameter("id", "path", TEXT);
        List<RestOperation> rest = List.of(
                new RestOperation("GET", "/api/v1/providers", List.of(new RestOperation.Parameter("page", "query",
                        new Shape.Whole("page", false)), new RestOperation.Parameter("name", "query", TEXT)), null),
                new RestOperation("POST", "/api/v1/providers", List.of(), body),
                new RestOperation("PUT", "/api/v1/providers/{id}", List.of(id), body),
                new RestOperation("POST", "/api/v1/inbox/{id}/read", List.of(id), null));
        List<RequestSource> sources = new ArrayList<>();
        rest.forEach(o -> sources.add(new RestRequests(o, rest, List.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01"))));
        Map<String, Shape> wrapper = new LinkedHashMap<>();
        wrapper.put("contactPoint", new Shape.Fields("contactPoint", contact));
        sources.add(new SoapRequests(new SoapOperation("/ws/x", "urn:x", "UpdateContactPoint", new Shape.Fields("UpdateContactPoint", wrapper), true)));
        sources.add(new SoapRequests(new SoapOperation("/ws/x", "urn:x", "GetOwnEntry", new Shape.Fields("GetOwnEntry", Map.of()), true)));
        sources.add(new UnknownEndpoints());
        return sources;
    }

    private static List<FuzzRequest> generate(long seed, int count) {
        List<RequestSource> sources = sources();
        List<FuzzRequest> requests = new ArrayList<>();
        Draw draw = new Draw(seed);
        for (int i = 0; i < count; i++) {
            requests.add(draw.pick(sources).next(draw));
        }
        return requests;
    }

    @Test
    void everyRequestToAWriteOperationMustBeRefusedAndEveryRequestIsSendable() {
        for (FuzzRequest r : generate(20261201L, 1500)) {
            boolean write = r.soap() ? r.target().endsWith("UpdateContactPoint") : !"GET".equals(r.method());
            assertTrue(!write || r.mustRefuse(), () -> "a write that could succeed: " + r.curl());
            assertTrue(r.mustRefuse() == !r.why().isEmpty(), r::curl);
            URI.create("http://localhost:8080" + r.path());
        }
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        List<String> first = generate(42L, 300).stream().map(FuzzRequest::curl).toList();
        List<String> second = generate(42L, 300).stream().map(FuzzRequest::curl).toList();
        assertEquals(first, second);
    }
}
