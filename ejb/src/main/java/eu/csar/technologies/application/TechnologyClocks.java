package eu.csar.technologies.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.domain.TechnologyAction;
import eu.csar.technologies.domain.TechnologyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * What the end of an opinion period does (Art 50(1); told by the deadline sweep, in its transaction
 * for that deadline, actor {@code system}): an entry still awaiting the Technology Committee's or the
 * EDPB's opinion is marked overdue (the register's list shows it first-hand), audited once. An entry
 * whose opinion came meanwhile, or whose period was extended, changes nothing.
 */
@ApplicationScoped
public class TechnologyClocks {

    @Inject
    TechnologyRepository technologies;

    @Inject
    AuditRecorder audit;

    void onDeadline(@Observes DeadlineWasReached reached) {
        if (!TechnologyRegister.SUBJECT_TYPE.equals(reached.subject().type()) || reached.occasion() != DeadlineWasReached.Occasion.DUE
                || !(TechnologyRegister.COMMITTEE_DEADLINE.equals(reached.kind()) || TechnologyRegister.EDPB_DEADLINE.equals(reached.kind()))) {
            return;
        }
        TechnologyId id = new TechnologyId(UUID.fromString(reached.subject().id()));
        technologies.findForUpdate(id).filter(t -> t.markOpinionOverdue(reached.due())).ifPresent(t -> {
            technologies.flush();
            audit.success(TechnologyAction.TECHNOLOGY_OPINION_OVERDUE, id, TechnologyRegister.PURPOSE + "; " + t.reference()
                    + "; " + reached.kind() + " due " + reached.due());
        });
    }
}
