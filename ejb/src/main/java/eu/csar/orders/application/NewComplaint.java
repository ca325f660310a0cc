package eu.csar.orders.application;

import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.Complaint;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.UUID;

/**
 * A complaint as the Coordinating Authority of the user's Member State records it (Art 34(1)): the
 * Member State it acts for (may be left out when it acts for one only), the order by kind and id,
 * what the user complains of, and at most its own reference to reach the user; no content and no
 * further personal data.
 */
public record NewComplaint(MemberState memberState,
                           @NotNull OrderKind orderKind,
                           @NotNull UUID orderId,
                           @NotBlank @Size(max = Complaint.MAX_SUMMARY) @CleanText(multiLine = true) String summary,
                           @Size(max = Complaint.MAX_CONTACT_REFERENCE) @CleanText String contactReference) implements Serializable {
}
