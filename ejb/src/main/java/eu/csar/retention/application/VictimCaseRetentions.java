package eu.csar.retention.application;

import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.api.VictimCaseRetention;
import eu.csar.retention.domain.RetentionRule;
import eu.csar.shared.domain.MemberState;
import eu.csar.victims.api.VictimCaseHold;
import eu.csar.victims.api.VictimCaseId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Works out victim cases' retention (Art 21, Art 22(2)) from what the victims' door tells of them and the
 * extensions recorded, for one case or for a page of cases read at once: only the cases of the caller's own
 * Member States (any other is left out, as if it did not exist), each with its own extensions only.
 */
final class VictimCaseRetentions {

    private VictimCaseRetentions() {
    }

    /** The cases of {@code holds} that belong to one of {@code memberStates}. */
    static List<VictimCaseHold> own(Collection<VictimCaseHold> holds, Set<MemberState> memberStates) {
        return holds.stream().filter(h -> memberStates.contains(h.memberState())).toList();
    }

    /**
     * When the case's personal data fall due: the rule's period from the withdrawal, pushed back to the end
     * of the latest extension if that is later; null while not withdrawn or once anonymised (then the rule is not read).
     */
    static Instant dueAt(VictimCaseHold held, List<RetentionExtensionView> extensions, Supplier<RetentionRule> rule) {
        if (held.withdrawnAt() == null || held.erased()) {
            return null;
        }
        Instant due = rule.get().dueAt(held.withdrawnAt());
        for (RetentionExtensionView extension : extensions) {
            due = extension.until().isAfter(due) ? extension.until() : due;
        }
        return due;
    }

    /**
     * The retention of each case of {@code cases}, keyed by case, with the extensions of {@code extensions}
     * whose subject is that case (in the order given); the rule is read at most once.
     */
    static Map<VictimCaseId, VictimCaseRetention> of(List<VictimCaseHold> cases, List<RetentionExtensionView> extensions,
                                                     Supplier<RetentionRule> rule, String extensionMax) {
        Map<String, List<RetentionExtensionView>> bySubject = new LinkedHashMap<>();
        for (RetentionExtensionView extension : extensions) {
            bySubject.computeIfAbsent(extension.subjectId(), s -> new ArrayList<>()).add(extension);
        }
        Supplier<RetentionRule> once = new Supplier<>() {
            private RetentionRule read;

            @Override
            public RetentionRule get() {
                if (read == null) {
                    read = rule.get();
                }
                return read;
            }
        };
        Map<VictimCaseId, VictimCaseRetention> retention = new LinkedHashMap<>();
        for (VictimCaseHold held : cases) {
            List<RetentionExtensionView> own = List.copyOf(bySubject.getOrDefault(held.id().toString(), List.of()));
            retention.put(held.id(), new VictimCaseRetention(held.withdrawnAt(), dueAt(held, own, once), held.erased(), extensionMax, own));
        }
        return retention;
    }
}
