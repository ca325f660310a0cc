package eu.csar.orders.application;

import java.io.Serializable;
import java.util.List;

/** One page of complaints, newest first, with the total the caller may see in that direction. */
public record ComplaintPage(List<ComplaintView> items, int page, int size, long total) implements Serializable {
}
