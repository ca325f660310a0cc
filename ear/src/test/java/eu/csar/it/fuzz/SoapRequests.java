package eu.csar.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile SOAP calls for one WSDL operation: the payload built from the schema and mutated, sent mostly
 * with provider tokens (so that it reaches the service) and sometimes by anyone; and XML attacks
 * (billion laughs, external entities, broken XML, wrong namespaces, SOAP 1.2 envelopes; odd content
 * types as noise). Every call of a write operation carries at least one part the platform must refuse.
 */
final class SoapRequests implements RequestSource {

    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    private static final List<String> EXTERNAL_ENTITIES = List.of(
            "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY ent SYSTEM \"file:///etc/passwd\">]>",
            "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY ent SYSTEM \"http://127.0.0.1:9/x\">]>",
            "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>");

    private final SoapOperation operation;

    SoapRequests(SoapOperation operation) {
        this.operation = operation;
    }

    @Override
    public String label() {
        return operation.label();
    }

    @Override
    public FuzzRequest next(Draw draw) {
        List<String> refusals = new ArrayList<>();
        String caller = draw.chance(0.7) ? draw.pick(Callers.PROVIDERS) : draw.pick(Callers.ALL);
        if (!Callers.authenticated(caller)) {
            refusals.add("no valid token");
        } else if (!Callers.provider(caller)) {
            refusals.add("not a provider");
        }
        Shape.Fields shape = operation.request();
        Object model = FieldValues.valid(shape, draw);
        for (int i = draw.upTo(3); i > 0; i--) {
            Slots.mutate(model, shape, draw, true);
        }
        // Any content type: the SOAP stack reads the envelope whatever the header says, so this is noise, not a refusal.
        String contentType = draw.chance(0.9) ? "text/xml; charset=UTF-8" : draw.pick(List.of("application/json", "text/plain",
                "application/x-www-form-urlencoded", "application/soap+xml; charset=UTF-8", "text/xml; charset=ISO-8859-1"));
        String prolog = "";
        String payloadNamespace = operation.namespace();
        String operationName = operation.name();
        String envelopeNamespace = SOAP11;
        String entityReference = null;
        String body = null;
        if (operation.writes() || draw.chance(0.4)) {
            switch (draw.upTo(9)) {
                case 0 -> {
                    prolog = BILLION_LAUGHS;
                    entityReference = "&lol9;";
                    refusals.add("billion laughs");
                }
                case 1 -> {
                    prolog = draw.pick(EXTERNAL_ENTITIES);
                    entityReference = prolog.contains("ent ") ? "&ent;" : "";
                    refusals.add("external entity");
                }
                case 2 -> {
                    payloadNamespace = "urn:fuzz:" + draw.from(HostileText.strings()).replaceAll("[^A-Za-z0-9]", "");
                    refusals.add("wrong payload namespace");
                }
                case 3 -> {
                    operationName = draw.pick(List.of("Unknown", operationName + "X", "getOwnEntry", "DeleteProvider", "a"));
                    refusals.add("unknown operation");
                }
                case 4 -> {
                    envelopeNamespace = "http://www.w3.org/2003/05/soap-envelope";
                    refusals.add("SOAP 1.2 envelope on a SOAP 1.1 port");
                }
                case 6 -> {
                    body = draw.pick(List.of("", "{\"contactPoint\":{}}", "<", "<soap:Envelope xmlns:soap=\"" + SOAP11 + "\"><soap:Body>",
                            "\u0000", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", "<a>" + "<b>".repeat(100_000)));
                    refusals.add("no SOAP envelope");
                }
                default -> {
                    String why = Slots.poison(model, shape, draw, Slots.Poison.FIELD_TEXT);
                    if (why == null) {
                        operationName = operationName + "Fuzz";
                        why = "unknown operation";
                    }
                    refusals.add(why);
                }
            }
        }
        if (body == null) {
            String payload = SoapXml.element(operationName, payloadNamespace, model, shape, operation.qualified());
            if (entityReference != null) {
                payload = payload.replaceFirst("(<[^/>]+>)([^<]*)(</)", "$1" + java.util.regex.Matcher.quoteReplacement(entityReference) + "$3");
            }
            body = prolog + "<soap:Envelope xmlns:soap=\"" + envelopeNamespace + "\"><soap:Body>" + payload + "</soap:Body></soap:Envelope>";
        }
        List<String> headers = new ArrayList<>(List.of("Content-Type", contentType, "SOAPAction", "\"\""));
        return new FuzzRequest(label(), true, "POST", operation.path(), headers, body.getBytes(StandardCharsets.UTF_8), caller,
                !refusals.isEmpty(), String.join("; ", refusals));
    }
}
