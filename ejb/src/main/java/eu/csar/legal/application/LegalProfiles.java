package eu.csar.legal.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileComparison;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileRejectedException;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ProfileVersionSummary;
import eu.csar.legal.api.ProfileView;
import eu.csar.legal.api.ValueKind;
import eu.csar.legal.domain.LegalAction;
import eu.csar.legal.domain.LegalProfileRepository;
import eu.csar.legal.domain.LegalProfileVersion;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The legal profiles: versioned values of the law (durations, deadlines, order types, due dates,
 * caps, mandatory fields, annex templates), each with its Article and review status.
 *
 * <p>For other contexts ({@link PublishedService}): a case records {@link #pin} when it is opened
 * and reads every value through that {@link ProfileRef} ({@link #value}, {@link #period},
 * {@link #percent}, {@link #dateOfYear}, {@link #list}, {@link #count}), so a later version never
 * alters an open case. Any role may read values, since each context's own service decides who may
 * act; these reads are not audited: profiles are published law, not personal or case data.
 *
 * <p>For people: the list of profiles and versions, one version, and two side by side (centre
 * admins, auditors, reviewers, coordinating and issuing authorities; not audited either, for the
 * same reason). A centre admin imports a new version ({@link #importVersion}): audited, refused
 * with every problem of the file when it is invalid; it applies to cases opened after it.
 */
@Stateless
@PublishedService
public class LegalProfiles {

    static final String PURPOSE = "legal-profile-import";

    @Inject
    LegalProfileRepository repository;

    @Inject
    ProfileValueCache values;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The newest version of {@code profileId}. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public ProfileRef current(@NotBlank String profileId) {
        return latestRef(profileId);
    }

    /**
     * The version a case opened now runs under: the newest one. The case stores the returned
     * reference and reads its values through it for its whole life.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public ProfileRef pin(@NotBlank String profileId) {
        return latestRef(profileId);
    }

    /** The value of {@code key} in exactly the version {@code ref}. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public ProfileValue value(@NotNull ProfileRef ref, @NotBlank String key) {
        return valueOf(ref, key).orElseThrow(() -> new UnknownObjectException("Legal profile value", ref + " " + key));
    }

    /** {@link #value} by its constant. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public ProfileValue value(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return value(ref, key.key());
    }

    /** A DURATION as its ISO-8601 text ({@code PT24H}, {@code P6W}...), for {@code LegalPeriod} to parse. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public String period(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return typed(ref, key, ValueKind.DURATION).text();
    }

    /**
     * A DURATION the version may lack (a key some profiles do not have, such as
     * {@code risk-assessment.update-before-order-expiry} where there are no detection orders): its
     * ISO-8601 text, or empty.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public Optional<String> optionalPeriod(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return valueOf(ref, key.key()).isEmpty() ? Optional.empty() : Optional.of(period(ref, key));
    }

    /** A PERCENT, e.g. 6 for the penalty cap of Art 35(4). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public BigDecimal percent(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return new BigDecimal(typed(ref, key, ValueKind.PERCENT).text());
    }

    /** A DATE_OF_YEAR, e.g. 31 January for the providers' transparency reports. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public MonthDay dateOfYear(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return MonthDay.parse(typed(ref, key, ValueKind.DATE_OF_YEAR).text());
    }

    /** A COUNT. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public int count(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        return Integer.parseInt(typed(ref, key, ValueKind.COUNT).text());
    }

    /**
     * A FLAG (a switch such as {@code report.automatic-forwarding-of-known-material}); {@code whenAbsent}
     * when the version has no such key (a version stored before the key was added to the shipped files).
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public boolean flag(@NotNull ProfileRef ref, @NotNull ProfileKey key, boolean whenAbsent) {
        ProfileValue value = valueOf(ref, key.key()).orElse(null);
        if (value == null) {
            return whenAbsent;
        }
        if (value.kind() != ValueKind.FLAG) {
            throw new IllegalArgumentException(key.key() + " in " + ref + " is a " + value.kind() + ", not a " + ValueKind.FLAG);
        }
        return Boolean.parseBoolean(value.text());
    }

    /** The items of a LIST, FIELDS or TEMPLATE value (order types, mandatory fields, an annex form's fields). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public List<String> list(@NotNull ProfileRef ref, @NotNull ProfileKey key) {
        ProfileValue value = value(ref, key.key());
        if (!value.kind().isList()) {
            throw new IllegalArgumentException(key.key() + " in " + ref + " is a " + value.kind() + ", not a list");
        }
        return value.items();
    }

    /** Every version of every profile (not audited: published law). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY})
    public List<ProfileVersionSummary> versions() {
        return repository.all().stream().map(v -> new ProfileVersionSummary(v.ref(), v.title(), v.importedAt(),
                v.importedBy(), v.valueCount(), v.pendingReview(), v.inherited())).toList();
    }

    /**
     * One version with all its values (not audited: published law). Providers read it too: the
     * detection order they acknowledge checks its dates against all of its pinned version's values.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    public ProfileView open(@NotNull ProfileRef ref) {
        return version(ref).view();
    }

    /** Two versions side by side, key by key (not audited: published law). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY})
    public ProfileComparison compare(@NotNull ProfileRef left, @NotNull ProfileRef right) {
        return ProfileComparison.of(version(left).view(), version(right).view());
    }

    /**
     * Imports a profile file as the next version of its profile (version 1 of a new profile). The
     * file is checked as a whole ({@link ProfileDocument}); a refused file is audited as refused and
     * nothing of it is stored ({@link ProfileRejectedException} with every problem). Cases opened
     * from now on pin the new version; open cases keep theirs.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public ProfileRef importVersion(@NotNull String json) {
        LegalProfileVersion version;
        try {
            ProfileDocument document = ProfileDocument.parse(json);
            LegalProfileVersion previous = repository.latest(document.profileId()).orElse(null);
            version = LegalProfileVersion.importedFrom(document, previous, audit.actorName(), clock.instant());
        } catch (ProfileRejectedException e) {
            audit.refusal(LegalAction.LEGAL_PROFILE_IMPORTED, null, PURPOSE, AuditOutcome.REFUSED);
            throw e;
        }
        repository.add(version);
        audit.success(LegalAction.LEGAL_PROFILE_IMPORTED, version.ref(), PURPOSE);
        return version.ref();
    }

    private ProfileValue typed(ProfileRef ref, ProfileKey key, ValueKind kind) {
        ProfileValue value = value(ref, key.key());
        if (value.kind() != kind) {
            throw new IllegalArgumentException(key.key() + " in " + ref + " is a " + value.kind() + ", not a " + kind);
        }
        return value;
    }

    /** The newest version of {@code profileId}; its row is remembered for the rest of the transaction ({@link PinnedRows}). */
    private ProfileRef latestRef(String profileId) {
        LegalProfileRepository.StoredRef newest = repository.latestStored(profileId)
                .orElseThrow(() -> new UnknownObjectException("Legal profile", profileId));
        PinnedRows.remember(transaction, newest.ref(), newest.id());
        return newest.ref();
    }

    /**
     * {@code key} in version {@code ref}: which row it is read each time (once per transaction for a
     * version pinned in it), the row's values once ({@link ProfileValueCache}).
     */
    private Optional<ProfileValue> valueOf(ProfileRef ref, String key) {
        UUID row = PinnedRows.rowOf(transaction, ref).or(() -> repository.idOf(ref))
                .orElseThrow(() -> new UnknownObjectException("Legal profile", ref));
        return values.value(row, key, () -> repository.byId(row).orElseThrow(() -> new UnknownObjectException("Legal profile", ref)));
    }

    private LegalProfileVersion version(ProfileRef ref) {
        return repository.find(ref).orElseThrow(() -> new UnknownObjectException("Legal profile", ref));
    }
}
