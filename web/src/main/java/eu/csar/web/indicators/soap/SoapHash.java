package eu.csar.web.indicators.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One hash of a SOAP match batch: {@code <kind>PDQ|MD5|SHA256</kind><hash>hex</hash>}, in the service's namespace. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "HashToMatch", namespace = IndicatorMatchEndpoint.NAMESPACE)
public class SoapHash {

    @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
    public String kind;

    @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
    public String hash;
}
