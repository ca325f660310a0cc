package eu.csar.it.fuzz;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input at volume: {@code csar.fuzz.requests} generated requests (300 in the test command,
 * 12,000 in {@code bin/fuzz}) against every REST operation of the OpenAPI document, every operation of
 * the SOAP services' WSDLs and unknown API paths, by every kind of caller. Every answer must be a 4xx
 * problem, a SOAP fault that blames the client, or a 2xx for a request that may succeed; no request
 * that must be refused may change a table; server.log must stay free of stack traces and errors.
 * The seed is printed and written to {@code target/fuzz/report.md}; rerun one with {@code -Dcsar.fuzz.seed=...}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    /** The SOAP services to fuzz; a new one is added here, its operations come from its WSDL. */
    static final List<String> SOAP_SERVICES = List.of("/ws/registry/provider-self-service", "/ws/reports/provider-reports");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void everyHostileRequestIsRefusedWithAProblemOrFaultAndChangesNothing() {
        int count = Integer.getInteger("csar.fuzz.requests", 300);
        String seedProperty = System.getProperty("csar.fuzz.seed", "");
        long seed = seedProperty.isBlank() ? System.nanoTime() : Long.parseLong(seedProperty.trim());
        System.out.println("HostileRequestsIT: " + count + " requests, seed " + seed + " (rerun with -Dcsar.fuzz.seed=" + seed + ")");

        List<RestOperation> rest = OpenApiSurface.discover();
        assertTrue(rest.stream().anyMatch(o -> o.label().equals("PUT /api/v1/providers/{id}")), "OpenAPI lists " + rest);
        List<RequestSource> sources = new ArrayList<>();
        List<String> knownIds = Arrays.stream(Provider.values()).map(p -> p.providerId.toString()).toList();
        rest.forEach(o -> sources.add(new RestRequests(o, rest, knownIds)));
        String providerToken = Tokens.provider(Provider.ALPHA);
        SOAP_SERVICES.forEach(path -> WsdlSurface.discover(path, providerToken).forEach(o -> sources.add(new SoapRequests(o))));
        assertTrue(sources.stream().anyMatch(s -> s.label().endsWith("UpdateContactPoint")), "WSDL operations " + sources);
        sources.add(new UnknownEndpoints());

        Callers callers = new Callers();
        Map<String, String> before = RegistryFingerprint.take();
        ServerLog.Mark runMark = ServerLog.mark();
        FuzzReport report = new FuzzReport(seed);
        Draw draw = new Draw(seed);
        for (int i = 0; i < count; i++) {
            FuzzRequest request = draw.pick(sources).next(draw);
            ServerLog.Mark mark = ServerLog.mark();
            Api.Response response = null;
            List<String> problems;
            try {
                response = request.send(callers);
                problems = Verdicts.check(request, response);
            } catch (IllegalStateException e) {
                problems = List.of("no answer (" + e.getCause() + ")");
            }
            String logged = mark.since();
            report.record(request, response, problems, logged.isEmpty() ? List.of() : mark.traceLines());
            if (logged.contains(FieldValues.EMAIL) || logged.contains(FieldValues.PHONE)) {
                report.personalDataLogged(request, response);
            }
        }
        report.finish();
        report.stateChanged(before, RegistryFingerprint.take());
        report.write(Path.of(System.getProperty("csar.fuzz.report", "target/fuzz")));
        String markdown = report.markdown();
        System.out.println(markdown);
        assertTrue(report.clean(), markdown);
        assertEquals(List.of(), runMark.traceLines(), "server.log");
    }
}
