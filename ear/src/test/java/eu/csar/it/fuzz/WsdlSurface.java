package eu.csar.it.fuzz;

import eu.csar.it.support.Api;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SOAP operations of a deployed WSDL ({@code ?wsdl}), with each wrapper element's fields read from
 * the inline XML schema. A new {@code @WebMethod} is fuzzed as soon as its WSDL lists it; a new SOAP
 * service is added by listing its path in {@link HostileRequestsIT}.
 */
final class WsdlSurface {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final int MAX_DEPTH = 6;

    private final List<Element> schemas = new ArrayList<>();

    private WsdlSurface() {
    }

    static List<SoapOperation> discover(String path, String token) {
        Api.Response r = Api.get(path + "?wsdl", token);
        if (r.status() != 200) {
            throw new IllegalStateException("no WSDL at " + path + ": " + r);
        }
        Document wsdl = parse(r.body());
        WsdlSurface surface = new WsdlSurface();
        surface.schemas.addAll(children(wsdl.getDocumentElement(), XSD, "schema", true));
        Map<String, String> inputElements = new LinkedHashMap<>();
        Map<String, String> messageElements = new LinkedHashMap<>();
        for (Element message : children(wsdl.getDocumentElement(), WSDL, "message", false)) {
            for (Element part : children(message, WSDL, "part", false)) {
                if (part.hasAttribute("element")) {
                    messageElements.put(message.getAttribute("name"), local(part.getAttribute("element")));
                }
            }
        }
        for (Element portType : children(wsdl.getDocumentElement(), WSDL, "portType", false)) {
            for (Element operation : children(portType, WSDL, "operation", false)) {
                for (Element input : children(operation, WSDL, "input", false)) {
                    String element = messageElements.get(local(input.getAttribute("message")));
                    if (element != null) {
                        inputElements.put(operation.getAttribute("name"), element);
                    }
                }
            }
        }
        String servedAt = address(wsdl, path);
        List<SoapOperation> operations = new ArrayList<>();
        inputElements.forEach((operation, element) -> surface.operation(servedAt, operation, element).ifPresent(operations::add));
        return operations;
    }

    private java.util.Optional<SoapOperation> operation(String path, String operation, String elementName) {
        for (Element schema : schemas) {
            for (Element element : children(schema, XSD, "element", false)) {
                if (element.getAttribute("name").equals(elementName)) {
                    Shape.Fields fields = fields(elementName, element, 0);
                    return java.util.Optional.of(new SoapOperation(path, schema.getAttribute("targetNamespace"), elementName,
                            fields, "qualified".equals(schema.getAttribute("elementFormDefault"))));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The fields of an element with a named or an inline complex type. */
    private Shape.Fields fields(String name, Element element, int depth) {
        Element type = element.hasAttribute("type") ? complexType(local(element.getAttribute("type")))
                : children(element, XSD, "complexType", false).stream().findFirst().orElse(null);
        Map<String, Shape> fields = new LinkedHashMap<>();
        if (type != null && depth < MAX_DEPTH) {
            for (Element child : children(type, XSD, "element", true)) {
                String childName = child.getAttribute("name");
                Shape shape = shape(childName, child, depth + 1);
                fields.put(childName, "unbounded".equals(child.getAttribute("maxOccurs")) ? new Shape.Many(childName, shape) : shape);
            }
        }
        return new Shape.Fields(name, fields);
    }

    private Shape shape(String name, Element element, int depth) {
        String type = local(element.getAttribute("type"));
        return switch (type) {
            case "long", "int", "integer", "short" -> new Shape.Whole(name, "long".equals(type));
            case "boolean" -> new Shape.Flag(name);
            case "dateTime" -> new Shape.Text(name, "date-time", List.of());
            case "string", "" -> element.hasAttribute("type") || children(element, XSD, "complexType", false).isEmpty()
                    ? new Shape.Text(name, "", List.of()) : fields(name, element, depth);
            default -> complexType(type) == null ? new Shape.Text(name, "", List.of()) : fields(name, element, depth);
        };
    }

    private Element complexType(String name) {
        for (Element schema : schemas) {
            for (Element type : children(schema, XSD, "complexType", false)) {
                if (type.getAttribute("name").equals(name)) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String address(Document wsdl, String fallback) {
        NodeList addresses = wsdl.getElementsByTagNameNS("*", "address");
        for (int i = 0; i < addresses.getLength(); i++) {
            String location = ((Element) addresses.item(i)).getAttribute("location");
            if (!location.isEmpty()) {
                return URI.create(location).getPath();
            }
        }
        return fallback;
    }

    private static List<Element> children(Element parent, String namespace, String name, boolean deep) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e) {
                if (namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                    found.add(e);
                } else if (deep) {
                    found.addAll(children(e, namespace, name, true));
                }
            }
        }
        return found;
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable WSDL", e);
        }
    }
}
