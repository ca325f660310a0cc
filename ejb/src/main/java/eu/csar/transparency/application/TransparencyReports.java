package eu.csar.transparency.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.SystemSettings;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.transparency.api.Figure;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.PublicationState;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.domain.Suppression;
import eu.csar.transparency.domain.TransparencyAction;
import eu.csar.transparency.domain.TransparencyReport;
import eu.csar.transparency.domain.TransparencyReportRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Transparency reports (Art 83-84 of COM(2022) 209), generated from the data, never typed in: the
 * EU Centre's (centre admins generate and publish; centre staff read), a Coordinating Authority's
 * (its own Member State only; another Member State's report is 404) and a provider's (its own; the
 * Coordinating Authorities of its jurisdiction read it; any other is 404). A draft is the sum of the
 * aggregate counters (V47) for the year and the figures the legal profile lists for the kind of
 * report, with the profile's due date and the configured suppression threshold; publishing freezes
 * it (the database refuses any later change) and a correction is the next version, which must say
 * what changed. Every generation and publication is audited, and so is every refusal.
 */
@Stateless
public class TransparencyReports {

    static final String PURPOSE = "transparency report (Art 83-84)";
    static final String DEFAULT_PROFILE = "COM-2022-209";
    /** The system property holding the small-count threshold. */
    public static final String THRESHOLD_PROPERTY = "csar.transparency.suppression-threshold";
    static final String CENTRE_SCOPE = "EU";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2999;

    @Inject
    TransparencyReportRepository reports;

    @Inject
    LegalProfiles profiles;

    @Inject
    ProviderDirectory providers;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Generates (or generates again) the draft of the report for {@code year} from the counters. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    public TransparencyView generate(@NotNull ReportKind kind, @NotNull String scope, int year) {
        TransparencyAction action = TransparencyAction.TRANSPARENCY_DRAFT_GENERATED;
        String s = checkedScope(kind, scope, year, true, action);
        ProfileRef ref = profiles.current(DEFAULT_PROFILE);
        LocalDate due = profiles.dateOfYear(ref, dueKey(kind)).atYear(year + 1);
        int threshold = threshold();
        String by = audit.actorName();
        Instant now = clock.instant();
        List<TransparencyReport> versions = reports.versions(kind, s, year);
        TransparencyReport draft;
        if (!versions.isEmpty() && versions.get(versions.size() - 1).state() == PublicationState.DRAFT) {
            draft = versions.get(versions.size() - 1);
            draft.regenerate(ref.profileId(), ref.version(), threshold, due, by, now);
        } else {
            draft = TransparencyReport.draft(kind, s, year, versions.size() + 1, ref.profileId(), ref.version(), threshold, due, by, now);
            reports.add(draft);
        }
        reports.storeAggregate(draft.id(), year, figures(ref, kind), kind == ReportKind.AUTHORITY ? s : null,
                kind == ReportKind.PROVIDER ? UUID.fromString(s) : null);
        List<FigureRow> figures = reports.figures(draft.id());
        audit.success(action, draft.id(), PURPOSE + "; " + kind + " " + s + " " + year + " version " + draft.version() + ", "
                + figures.size() + " figure row(s) under " + ref + ", threshold " + threshold);
        return view(draft, figures);
    }

    /**
     * Publishes the current draft. Version 1 may carry a note; a correction (version 2 and later) must
     * say what changed ({@code note}). No draft: 404.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    public TransparencyView publish(@NotNull ReportKind kind, @NotNull String scope, int year,
                                    @Size(max = TransparencyReport.MAX_NOTE) String note) {
        TransparencyAction action = TransparencyAction.TRANSPARENCY_REPORT_PUBLISHED;
        String s = checkedScope(kind, scope, year, true, action);
        List<TransparencyReport> versions = reports.versions(kind, s, year);
        TransparencyReport draft = versions.stream().filter(r -> r.state() == PublicationState.DRAFT).findFirst()
                .orElseThrow(() -> new UnknownObjectException("TransparencyReport draft", kind + " " + s + " " + year));
        try {
            draft.publish(note, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, draft.id(), PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        reports.flush();
        audit.success(action, draft.id(), PURPOSE + "; " + kind + " " + s + " " + year + " version " + draft.version() + " published"
                + draft.correctionNote().map(n -> "; correction: " + n).orElse(""));
        return view(draft, reports.figures(draft.id()));
    }

    /** A version of the report (null: the newest published one, else the draft). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    public TransparencyView report(@NotNull ReportKind kind, @NotNull String scope, int year, Integer version) {
        String s = checkedScope(kind, scope, year, false, TransparencyAction.TRANSPARENCY_REPORT_PUBLISHED);
        List<TransparencyReport> versions = reports.versions(kind, s, year);
        Optional<TransparencyReport> found = version != null
                ? versions.stream().filter(r -> r.version() == version).findFirst()
                : versions.stream().filter(r -> r.state() == PublicationState.PUBLISHED).reduce((a, b) -> b)
                        .or(() -> versions.stream().reduce((a, b) -> b));
        TransparencyReport r = found.orElseThrow(() -> new UnknownObjectException("TransparencyReport", kind + " " + s + " " + year));
        return view(r, reports.figures(r.id()));
    }

    /** The versions of a report, oldest first (for the page's version list). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    public List<Integer> versions(@NotNull ReportKind kind, @NotNull String scope, int year) {
        String s = checkedScope(kind, scope, year, false, TransparencyAction.TRANSPARENCY_REPORT_PUBLISHED);
        return reports.versions(kind, s, year).stream().map(TransparencyReport::version).toList();
    }

    /** The scope the caller reports for by default: EU for centre staff, its Member State, or its provider id. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    public Optional<String> ownScope(@NotNull ReportKind kind) {
        return switch (kind) {
            case CENTRE -> isCentre(false) ? Optional.of(CENTRE_SCOPE) : Optional.empty();
            case AUTHORITY -> caller.memberStates().stream().findFirst().map(MemberState::name);
            case PROVIDER -> caller.providerId().map(p -> p.value().toString());
        };
    }

    private TransparencyView view(TransparencyReport r, List<FigureRow> figures) {
        List<FigureRow> previous = null;
        if (r.version() > 1) {
            previous = reports.versions(r.kind(), r.scope(), r.year()).stream().filter(v -> v.version() == r.version() - 1)
                    .findFirst().map(v -> reports.figures(v.id())).orElse(null);
        }
        return TransparencyView.of(r, figures, previous);
    }

    /** The configured threshold: at least 2 (a threshold of 1 would suppress nothing). */
    static int threshold() {
        return (int) Math.max(2, Math.min(1000, SystemSettings.number(THRESHOLD_PROPERTY, Suppression.DEFAULT_THRESHOLD)));
    }

    /** The figures the profile lists for this kind; a version stored before the lists shipped: all the kind's defaults. */
    List<Figure> figures(ProfileRef ref, ReportKind kind) {
        try {
            return profiles.list(ref, figuresKey(kind)).stream().map(Figure::valueOf).toList();
        } catch (UnknownObjectException absent) {
            return Arrays.asList(Figure.values());
        }
    }

    static ProfileKey figuresKey(ReportKind kind) {
        return switch (kind) {
            case CENTRE -> ProfileKey.TRANSPARENCY__CENTRE_FIGURES;
            case AUTHORITY -> ProfileKey.TRANSPARENCY__CA_FIGURES;
            case PROVIDER -> ProfileKey.TRANSPARENCY__PROVIDER_FIGURES;
        };
    }

    static ProfileKey dueKey(ReportKind kind) {
        return switch (kind) {
            case CENTRE -> ProfileKey.TRANSPARENCY__CENTRE_REPORT_DUE;
            case AUTHORITY -> ProfileKey.TRANSPARENCY__CA_REPORT_DUE;
            case PROVIDER -> ProfileKey.TRANSPARENCY__PROVIDER_REPORT_DUE;
        };
    }

    private boolean isCentre(boolean write) {
        return write ? caller.hasRole(Roles.CENTRE_ADMIN)
                : caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_AUDITOR) || caller.hasRole(Roles.CENTRE_REVIEWER);
    }

    /**
     * The normalised scope if the caller may read ({@code write} false) or generate and publish it: a
     * role with no part in this kind of report is 403, another tenant's report 404 (both audited).
     */
    private String checkedScope(ReportKind kind, String scope, int year, boolean write, TransparencyAction action) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolationException.invalid("year", "A year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        String s = scope.strip().toUpperCase(Locale.ROOT);
        boolean centre = isCentre(write);
        switch (kind) {
            case CENTRE -> {
                if (!centre) {
                    throw forbidden(action, kind, s);
                }
                if (!CENTRE_SCOPE.equals(s)) {
                    throw notFound(action, kind, s);
                }
                return s;
            }
            case AUTHORITY -> {
                MemberState ms = memberState(s).orElseThrow(() -> notFound(action, kind, s));
                if (caller.hasRole(Roles.COORDINATING_AUTHORITY)) {
                    if (!caller.memberStates().contains(ms)) {
                        throw notFound(action, kind, s);
                    }
                    return s;
                }
                if (centre && !write) {
                    return s;
                }
                throw forbidden(action, kind, s);
            }
            default -> {
                UUID provider = uuid(s).orElseThrow(() -> notFound(action, kind, s));
                String p = provider.toString();
                if (caller.hasRole(Roles.PROVIDER)) {
                    if (caller.providerId().map(id -> id.value().equals(provider)).orElse(false)) {
                        return p;
                    }
                    throw notFound(action, kind, p);
                }
                if (!write && caller.hasRole(Roles.COORDINATING_AUTHORITY)) {
                    Optional<ProviderAddressee> a = providers.addressee(new ProviderId(provider));
                    if (a.isPresent() && a.get().jurisdiction().memberStates().stream().anyMatch(caller.memberStates()::contains)) {
                        return p;
                    }
                    throw notFound(action, kind, p);
                }
                if (centre && !write) {
                    return p;
                }
                throw forbidden(action, kind, p);
            }
        }
    }

    private static Optional<MemberState> memberState(String code) {
        try {
            return Optional.of(MemberState.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private UnknownObjectException notFound(TransparencyAction action, ReportKind kind, String scope) {
        audit.refusal(action, null, PURPOSE + "; " + kind + " " + scope + " is not the caller's", AuditOutcome.NOT_FOUND);
        return new UnknownObjectException("TransparencyReport", kind + " " + scope);
    }

    private EJBAccessException forbidden(TransparencyAction action, ReportKind kind, String scope) {
        audit.refusal(action, null, PURPOSE + "; the caller's role has no part in the " + kind + " report", AuditOutcome.REFUSED);
        return new EJBAccessException("No part in the " + kind + " transparency report");
    }
}
