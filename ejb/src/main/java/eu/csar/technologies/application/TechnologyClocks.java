package eu.csar.technologies.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
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
 * EDPB's opinion is marked overdue (the register's list shows it first-hand), audited once, and the EU
 * Centre's inbox gets a notice linking the entry. Before that, where the profile has
 * {@code technology.opinion-reminder}, the inbox is reminded while the opinion is still awaited. An
 * entry whose opinion came meanwhile, or whose period was extended, changes nothing.
 */
@ApplicationScoped
public class TechnologyClocks {

    @Inject
    TechnologyRepository technologies;

    @Inject
    AuditRecorder audit;

    @Inject
    Notices notices;

    void onDeadline(@Observes DeadlineWasReached reached) {
        if (!TechnologyRegister.SUBJECT_TYPE.equals(reached.subject().type())
                || !(TechnologyRegister.COMMITTEE_DEADLINE.equals(reached.kind()) || TechnologyRegister.EDPB_DEADLINE.equals(reached.kind()))) {
            return;
        }
        TechnologyId id = new TechnologyId(UUID.fromString(reached.subject().id()));
        String source = reached.deadline() + "/" + reached.occasion();
        if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER) {
            technologies.find(id).filter(t -> t.isAwaitingOpinion())
                    .ifPresent(t -> notices.remind(InboxAddress.EU_CENTRE, new NoticeSubject(TechnologyRegister.SUBJECT_TYPE,
                            id.value(), t.reference()), reached.kind(), reached.due(), source));
            return;
        }
        if (reached.occasion() != DeadlineWasReached.Occasion.DUE) {
            return;
        }
        technologies.findForUpdate(id).filter(t -> t.markOpinionOverdue(reached.due())).ifPresent(t -> {
            technologies.flush();
            audit.success(TechnologyAction.TECHNOLOGY_OPINION_OVERDUE, id, TechnologyRegister.PURPOSE + "; " + t.reference()
                    + "; " + reached.kind() + " due " + reached.due());
            notices.overdue(InboxAddress.EU_CENTRE, new NoticeSubject(TechnologyRegister.SUBJECT_TYPE, id.value(), t.reference()),
                    reached.kind(), reached.due(), source);
        });
    }
}
