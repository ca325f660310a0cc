package eu.csar.web.platform.rest;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem detail. Public fields so that JSON-B writes it as problem JSON and JAXB as
 * the detail of a SOAP fault, with the same content.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Problem", namespace = ProblemType.NAMESPACE)
public class Problem {

    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    @XmlElement(name = "violation")
    public List<Violation> violations = new ArrayList<>();

    /** One invalid input field and what is wrong with it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Violation", namespace = ProblemType.NAMESPACE)
    public static class Violation {
        public String field;
        public String message;

        public Violation() {
        }

        public Violation(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    public Problem() {
    }

    Problem(ProblemType type, String detail) {
        this.type = type.uri();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
    }

    Problem with(Violation violation) {
        violations.add(violation);
        return this;
    }
}
