package eu.csar.retention.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A victim case's retention as the Coordinating Authority of its Member State sees it (Art 21, Art 22(2)):
 * when the survivor withdrew, when the case's personal data fall due (the rule's period from the
 * withdrawal, or the end of the latest extension if later; null while not withdrawn or once anonymised),
 * whether they were anonymised already, the longest extension the profile allows
 * ({@code retention.extension-max}, ISO) and the extensions recorded.
 */
public record VictimCaseRetention(Instant withdrawnAt, Instant dueAt, boolean erased, String extensionMax,
                                  List<RetentionExtensionView> extensions) implements Serializable {
}
