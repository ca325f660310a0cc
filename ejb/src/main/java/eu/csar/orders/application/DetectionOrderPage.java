package eu.csar.orders.application;

import java.io.Serializable;
import java.util.List;

/** One page of detection orders, newest first, with the total the caller may see. */
public record DetectionOrderPage(List<DetectionOrderView> items, int page, int size, long total) implements Serializable {
}
