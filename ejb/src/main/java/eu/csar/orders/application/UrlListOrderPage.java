package eu.csar.orders.application;

import java.io.Serializable;
import java.util.List;

/** One page of blocking or delisting orders, newest first, with the total the caller may see. */
public record UrlListOrderPage(List<UrlListOrderView> items, int page, int size, long total) implements Serializable {
}
