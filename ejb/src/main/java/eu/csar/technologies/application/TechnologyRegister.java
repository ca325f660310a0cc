package eu.csar.technologies.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.domain.Technology;
import eu.csar.technologies.domain.TechnologyAction;
import eu.csar.technologies.domain.TechnologyEvent;
import eu.csar.technologies.domain.TechnologyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The technology register (Art 50 of COM(2022) 209), for the EU Centre's staff: administrators create
 * entries (reference, version, type, supplier, error rates and how they were measured) and move them
 * along the approval path of {@link eu.csar.technologies.domain.TechnologyLifecycle}: the request for
 * the Technology Committee's opinion and then the EDPB's each schedule a deadline on the deadline
 * service ({@value #COMMITTEE_DEADLINE}, {@value #EDPB_DEADLINE}), the period being the profile's
 * {@code technology.opinion-period} under the profile version pinned when the entry was created; an
 * extension adds {@code technology.opinion-extension}, once, announced within
 * {@code technology.opinion-extension-notice-period} of the request where the profile version has it; a
 * recorded opinion cancels its deadline. Where the profile has {@code technology.opinion-reminder}, the
 * deadline reminds the EU Centre's inbox that long before the due time ({@link TechnologyClocks}).
 * Auditors read the register. Every write is audited, a refusal in its own transaction, and every read
 * of the full register (it holds the Centre's internal notes). Providers and authorities see the
 * approved list through {@link ApprovedTechnologies}. A new version of an approved technology names its
 * predecessor ({@code predecessorReference}); approving it leaves the predecessor approved until an admin
 * withdraws it, so that detection orders naming the older version stay valid meanwhile.
 */
@Stateless
public class TechnologyRegister {

    static final String PURPOSE = "technology register (Art 50)";
    static final String SUBJECT_TYPE = "Technology";
    static final String COMMITTEE_DEADLINE = "technology.committee-opinion";
    static final String EDPB_DEADLINE = "technology.edpb-opinion";
    static final String DEFAULT_PROFILE = "COM-2022-209";
    static final int MAX_PAGE = 100;

    @Inject
    TechnologyRepository technologies;

    @Inject
    LegalProfiles profiles;

    @Inject
    DeadlineService deadlines;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A new DRAFT entry under the newest version of the profile named (default {@value #DEFAULT_PROFILE}); a reference taken already: 400. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView create(@NotNull @Valid NewTechnology t) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_CREATED;
        try {
            String profileId = t.profile() == null || t.profile().isBlank() ? DEFAULT_PROFILE : t.profile().trim();
            ProfileRef ref;
            try {
                ref = profiles.pin(profileId);
                profiles.period(ref, ProfileKey.TECHNOLOGY__OPINION_PERIOD);
            } catch (UnknownObjectException unknown) {
                throw RuleViolationException.invalid("profile",
                        "No legal profile " + profileId + " with the opinion period of Art 50(1)");
            }
            if (t.reference() != null && technologies.byReference(t.reference().trim()).isPresent()) {
                throw new RuleViolationException(RuleViolationException.Code.DUPLICATE, "reference",
                        "The register has an entry " + t.reference().trim() + " already; a new version has its own reference");
            }
            Technology predecessor = null;
            if (t.predecessorReference() != null && !t.predecessorReference().isBlank()) {
                predecessor = technologies.byReference(t.predecessorReference().trim()).orElseThrow(() -> RuleViolationException.invalid(
                        "predecessorReference",
                        "No entry " + t.predecessorReference().trim() + " in the register"));
            }
            Technology technology = predecessor == null ? Technology.create(t.toDescription(), ref, audit.actorName(), clock.instant())
                    : Technology.createSuccessor(t.toDescription(), predecessor, ref, audit.actorName(), clock.instant());
            technologies.add(technology);
            technologies.flush();
            audit.success(action, technology.id(), PURPOSE + "; " + technology.reference() + " " + technology.technologyVersion()
                    + ", " + technology.type() + ", under " + ref + (predecessor == null ? "" : ", succeeds " + predecessor.reference()
                    + " " + predecessor.technologyVersion()));
            return view(technology);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** One page of the full register by reference; {@code state} null for all. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public TechnologyView.Page list(TechnologyState state, @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        List<Technology> found = technologies.page(state, page * size, size);
        long total = technologies.count(state);
        audit.success(TechnologyAction.TECHNOLOGY_LIST_READ, null, PURPOSE + "; " + (state == null ? "all" : state)
                + ", page " + page + ", " + found.size() + " of " + total);
        return new TechnologyView.Page(found.stream().map(TechnologyView.Summary::of).toList(), page, size, total);
    }

    /** One entry with its opinions, due time and history. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public TechnologyView technology(@NotNull TechnologyId id) {
        Technology found = technologies.find(id).orElseThrow(() -> notFound(TechnologyAction.TECHNOLOGY_READ, id));
        audit.success(TechnologyAction.TECHNOLOGY_READ, id, PURPOSE + "; " + found.reference());
        return view(found);
    }

    /**
     * Corrects what a DRAFT describes: its description, error rates (percent) and how they were measured,
     * each checked as on creation (400 naming the field; null keeps a field, nothing changed is refused); an
     * entry no longer a DRAFT is refused as not
     * permitted in its state (409): the opinions are about what it said when it went to the committee.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView editDraft(@NotNull TechnologyId id,
                                    @Size(max = Technology.MAX_TEXT) @CleanText(multiLine = true) String description,
                                    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal falsePositiveRate,
                                    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal falseNegativeRate,
                                    @Size(max = Technology.MAX_TEXT) @CleanText(multiLine = true) String errorRateMethod) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_DRAFT_EDITED;
        Technology t = load(id, action);
        return written(t, action, null, () -> t.editDraft(new Technology.DraftEdit(description, falsePositiveRate, falseNegativeRate,
                errorRateMethod), audit.actorName(), clock.instant()));
    }

    /** Asks the Technology Committee for its opinion; its period starts now. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView submitToCommittee(@NotNull TechnologyId id, @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        return requestOpinion(id, TechnologyEvent.SUBMIT_TO_COMMITTEE, COMMITTEE_DEADLINE, reason);
    }

    /** Asks the EDPB for its opinion; its period starts now. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView consultEdpb(@NotNull TechnologyId id, @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        return requestOpinion(id, TechnologyEvent.CONSULT_EDPB, EDPB_DEADLINE, reason);
    }

    /** The consulted body extends the period of its awaited opinion, once, with its reasons. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView extendOpinionPeriod(@NotNull TechnologyId id,
                                              @NotBlank @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_OPINION_PERIOD_EXTENDED;
        Technology t = load(id, action);
        LegalPeriod extension = LegalPeriod.parse(profiles.period(t.profile(), ProfileKey.TECHNOLOGY__OPINION_EXTENSION));
        // a profile version stored before the one-month rule had its key keeps the period's end as the only limit
        LegalPeriod noticePeriod = profiles.optionalPeriod(t.profile(), ProfileKey.TECHNOLOGY__OPINION_EXTENSION_NOTICE_PERIOD)
                .map(LegalPeriod::parse).orElse(null);
        return written(t, action, "by " + extension.iso(), () -> {
            t.extendOpinionPeriod(extension, noticePeriod, reason, audit.actorName(), clock.instant());
            if (t.opinionDeadlineId() != null) {
                deadlines.extend(new DeadlineId(t.opinionDeadlineId()), extension, 1, reason);
            }
        });
    }

    /** Records the Technology Committee's opinion and ends its deadline. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView recordCommitteeOpinion(@NotNull TechnologyId id, @NotNull LocalDate opinionDate, @NotNull Boolean favourable,
                                                 @NotBlank @Size(max = Technology.MAX_OPINION_REFERENCE) @CleanText String opinionReference) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_COMMITTEE_OPINION_RECORDED;
        Technology t = load(id, action);
        return written(t, action, favourable ? "favourable" : "not favourable", () -> answered(t,
                () -> t.recordCommitteeOpinion(opinionDate, favourable, opinionReference, audit.actorName(), clock.instant())));
    }

    /** Records the EDPB's opinion and ends its deadline. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView recordEdpbOpinion(@NotNull TechnologyId id, @NotNull LocalDate opinionDate, @NotNull Boolean favourable,
                                            @NotBlank @Size(max = Technology.MAX_OPINION_REFERENCE) @CleanText String opinionReference) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_EDPB_OPINION_RECORDED;
        Technology t = load(id, action);
        return written(t, action, favourable ? "favourable" : "not favourable", () -> answered(t,
                () -> t.recordEdpbOpinion(opinionDate, favourable, opinionReference, audit.actorName(), clock.instant())));
    }

    /** Puts the technology on the approved list (both opinions favourable). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView approve(@NotNull TechnologyId id, @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_APPROVED;
        Technology t = load(id, action);
        return written(t, action, null, () -> t.approve(reason, audit.actorName(), clock.instant()));
    }

    /** Does not list the technology, with a reason. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView reject(@NotNull TechnologyId id,
                                 @NotBlank @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_REJECTED;
        Technology t = load(id, action);
        return written(t, action, null, () -> t.reject(reason, audit.actorName(), clock.instant()));
    }

    /** Takes an approved technology off the list (or abandons a draft), with a reason. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public TechnologyView withdraw(@NotNull TechnologyId id,
                                   @NotBlank @Size(max = Technology.MAX_REASON) @CleanText(multiLine = true) String reason) {
        TechnologyAction action = TechnologyAction.TECHNOLOGY_WITHDRAWN;
        Technology t = load(id, action);
        return written(t, action, null, () -> t.withdraw(reason, audit.actorName(), clock.instant()));
    }

    private TechnologyView requestOpinion(TechnologyId id, TechnologyEvent event, String deadlineKind, String reason) {
        TechnologyAction action = TechnologyAction.of(event);
        Technology t = load(id, action);
        LegalPeriod period = LegalPeriod.parse(profiles.period(t.profile(), ProfileKey.TECHNOLOGY__OPINION_PERIOD));
        LegalPeriod reminder = profiles.optionalPeriod(t.profile(), ProfileKey.TECHNOLOGY__OPINION_REMINDER)
                .map(LegalPeriod::parse).orElse(null);
        return written(t, action, "opinion due within " + period.iso(), () -> {
            Instant now = clock.instant();
            if (event == TechnologyEvent.SUBMIT_TO_COMMITTEE) {
                t.submitToCommittee(period, reason, audit.actorName(), now);
            } else {
                t.consultEdpb(period, reason, audit.actorName(), now);
            }
            t.trackOpinionDeadline(deadlines.schedule(new DeadlinePlan(deadlineKind, subject(t.id()), t.profile(), period,
                    t.opinionRequestedAt(), reminder, null, null)).id().value());
        });
    }

    /** Records an opinion, then cancels the deadline it was awaited under. */
    private void answered(Technology t, Runnable record) {
        java.util.UUID deadline = t.opinionDeadlineId();
        record.run();
        t.trackOpinionDeadline(null);
        if (deadline != null) {
            deadlines.cancel(new DeadlineId(deadline), "opinion recorded");
        }
    }

    static DeadlineSubject subject(TechnologyId id) {
        return new DeadlineSubject(SUBJECT_TYPE, id.toString());
    }

    private UnknownObjectException notFound(TechnologyAction action, TechnologyId id) {
        audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException(SUBJECT_TYPE, id);
    }

    private Technology load(TechnologyId id, TechnologyAction action) {
        return technologies.findForUpdate(id).orElseThrow(() -> notFound(action, id));
    }

    private TechnologyView written(Technology t, TechnologyAction action, String detail, Runnable step) {
        try {
            step.run();
        } catch (RuleViolationException refused) {
            audit.refusal(action, t.id(), PURPOSE + "; " + t.reference() + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        technologies.flush();
        audit.success(action, t.id(), PURPOSE + "; " + t.reference() + "; " + t.state() + (detail == null ? "" : "; " + detail));
        return view(t);
    }

    /** The entry with the version it succeeds and those that succeed it. */
    private TechnologyView view(Technology t) {
        return TechnologyView.of(t, t.predecessor().flatMap(technologies::find).orElse(null), technologies.successorsOf(t.id()));
    }
}
