package eu.csar.web.orders.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;
import java.util.function.Function;

/** One page of the orders a provider may see, newest first. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderPage")
public class SoapOrderPage {

    @XmlElement(name = "order")
    public List<SoapOrder> orders;
    public int page;
    public int size;
    public long total;

    static <V> SoapOrderPage of(List<V> views, Function<V, SoapOrder> toSoap, int page, int size, long total) {
        SoapOrderPage p = new SoapOrderPage();
        p.orders = views.stream().map(toSoap).toList();
        p.page = page;
        p.size = size;
        p.total = total;
        return p;
    }
}
