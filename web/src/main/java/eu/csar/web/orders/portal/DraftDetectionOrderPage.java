package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.NewDetectionOrder;
import eu.csar.orders.domain.DetectionOrderNotProvidedException;
import eu.csar.orders.domain.DetectionOrderType;
import eu.csar.registry.api.ProviderOffer;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormValidation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FlowEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The Coordinating Authority's drafting wizard for a detection order request
 * ({@code /portal/orders/draft-detection-order.xhtml}, Art 7(2)), one step at a time: the legal
 * profile, its reference, the provider and its service from the registry (those under its
 * jurisdiction), the detection type, the indicator sets, then the duration, safeguards, technology
 * reference and reasons, and a summary. The request may name the provider's risk assessment it starts
 * from: the review page's "Start a detection-order request" opens the wizard with it and its provider
 * filled in. Each step's fields are checked before the next opens
 * (messages next to them); leaving the first step asks the service whether the profile provides
 * detection orders, and a profile that does not (COUNCIL-GA-2025) is named in the refusal. The draft
 * is checked with the service's constraints and saved by it; it then opens on its own page.
 */
@Named
@ViewScoped
public class DraftDetectionOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "draft";
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reference", "reference"),
            Map.entry("provider", "provider"), Map.entry("providerId", "provider"), Map.entry("service", "service"),
            Map.entry("type", "type"), Map.entry("indicatorSets", "sets"), Map.entry("duration", "duration"),
            Map.entry("safeguards", "safeguards"), Map.entry("technologyReference", "technology"), Map.entry("reasons", "reasons"),
            Map.entry("riskAssessment", "riskAssessment"), Map.entry("riskAssessmentId", "riskAssessment"));

    @Inject
    DetectionOrders orders;

    @Inject
    LegalProfiles profiles;

    @Inject
    FormValidation validation;

    @Inject
    FeedbackBean feedback;

    private List<String> profileIds = List.of();
    private List<ProviderOffer> offers = List.of();
    private LinkedHashMap<String, String> providers = new LinkedHashMap<>();
    private List<String> services = List.of();
    private LinkedHashMap<String, String> sets = new LinkedHashMap<>();
    private String profile;
    private String reference;
    private String provider;
    private String service;
    private String servicePart;
    private DetectionOrderType type;
    private List<String> indicatorSets = new ArrayList<>();
    private Integer durationMonths;
    private String safeguards;
    private String technologyReference;
    private String reasons;
    private String riskAssessment;

    /** f:viewAction; {@code ?assessment=&provider=} (from a risk assessment's review) pre-fill both. */
    public void load() {
        try {
            profileIds = profiles.versions().stream().map(v -> v.ref().profileId()).distinct().sorted().toList();
            profile = orders.profileFor(null).profileId();
            LinkedHashMap<String, String> choices = new LinkedHashMap<>();
            offers = orders.addressees();
            offers.forEach(p -> choices.put(p.legalName(), p.id().toString()));
            providers = choices;
            LinkedHashMap<String, String> known = new LinkedHashMap<>();
            orders.indicatorSets().forEach((id, code) -> known.put(code, id.toString()));
            sets = known;
            if (provider != null) {
                services = servicesOf(providerId());
            }
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** p:ajax on the provider: the services it registered. */
    public void providerChosen() {
        service = null;
        services = servicesOf(providerId());
    }

    private List<String> servicesOf(ProviderId id) {
        return offers.stream().filter(p -> p.id().equals(id)).findFirst().map(ProviderOffer::services).orElse(List.of());
    }

    /** The wizard's flowListener: leaving the first step, the profile must provide detection orders. */
    public String onFlow(FlowEvent event) {
        if ("step-service".equals(event.getOldStep()) && !"step-service".equals(event.getNewStep())) {
            try {
                orders.profileFor(profile);
            } catch (RuntimeException e) {
                refuse(e);
                return event.getOldStep();
            }
        }
        return event.getNewStep();
    }

    public String draft() {
        if (assessmentId() == null && trim(riskAssessment) != null && !trim(riskAssessment).isEmpty()) {
            refuse(RuleViolationException.invalid("riskAssessment",
                    "'" + trim(riskAssessment) + "' is not the id of a risk assessment"));
            return null;
        }
        NewDetectionOrder order = newOrder();
        if (!validation.passes(DraftDetectionOrderPage::clientIdFor, order)) {
            return null;
        }
        try {
            DetectionOrderView drafted = orders.draft(order);
            feedback.infoAfterRedirect("do.drafted", drafted.reference(), drafted.providerName());
            return "/portal/orders/detection-order?faces-redirect=true&id=" + drafted.id();
        } catch (RuntimeException e) {
            refuse(e);
            return null;
        }
    }

    NewDetectionOrder newOrder() {
        Set<IndicatorSetId> chosen = new LinkedHashSet<>();
        for (String id : indicatorSets) {
            try {
                chosen.add(new IndicatorSetId(UUID.fromString(id)));
            } catch (IllegalArgumentException e) {
                // not one of the choices: the set stays out and the service's constraints speak
            }
        }
        String part = trim(servicePart);
        String named = trim(service);
        String fullService = named == null || part == null || part.isEmpty() ? named : named + " - " + part;
        return new NewDetectionOrder(trim(reference), null, providerId(), fullService, type, chosen,
                durationMonths == null ? null : LegalPeriod.months(durationMonths), trim(safeguards), trim(technologyReference),
                trim(reasons), profile, assessmentId());
    }

    /** The risk assessment named, or null when none is or the text is no id. */
    private RiskAssessmentId assessmentId() {
        String id = trim(riskAssessment);
        try {
            return id == null || id.isEmpty() ? null : RiskAssessmentId.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A profile without detection orders is said in one sentence naming it; other refusals go to their fields. */
    private void refuse(RuntimeException e) {
        FacesContext.getCurrentInstance().validationFailed();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DetectionOrderNotProvidedException refused) {
                feedback.error("do.profileRefused", refused.profile().profileId(), refused.profile().version());
                return;
            }
        }
        if (!feedback.showRefusal(e, DraftDetectionOrderPage::clientIdFor)) {
            throw e;
        }
    }

    /** The field of a property path of {@link NewDetectionOrder} or of a refusal. */
    static String clientIdFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        String field = FIELDS.get(path.startsWith("indicatorSets") ? "indicatorSets" : path);
        return field == null ? null : FORM + ":" + field;
    }

    private ProviderId providerId() {
        return OrderPages.providerId(provider);
    }

    private static String trim(String s) {
        return OrderPages.strip(s);
    }

    /** The chosen sets' codes, for the summary. */
    public List<String> getChosenSetCodes() {
        return sets.entrySet().stream().filter(e -> indicatorSets.contains(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** The chosen provider's name, for the summary. */
    public String getProviderName() {
        return providers.entrySet().stream().filter(e -> e.getValue().equals(provider)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    public List<String> getProfileIds() {
        return profileIds;
    }

    public Map<String, String> getProviders() {
        return providers;
    }

    public List<String> getServices() {
        return services;
    }

    public Map<String, String> getSets() {
        return sets;
    }

    public DetectionOrderType[] getTypes() {
        return DetectionOrderType.values();
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getServicePart() {
        return servicePart;
    }

    public void setServicePart(String servicePart) {
        this.servicePart = servicePart;
    }

    public DetectionOrderType getType() {
        return type;
    }

    public void setType(DetectionOrderType type) {
        this.type = type;
    }

    public List<String> getIndicatorSets() {
        return indicatorSets;
    }

    public void setIndicatorSets(List<String> indicatorSets) {
        this.indicatorSets = indicatorSets == null ? new ArrayList<>() : new ArrayList<>(indicatorSets);
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(String safeguards) {
        this.safeguards = safeguards;
    }

    public String getTechnologyReference() {
        return technologyReference;
    }

    public void setTechnologyReference(String technologyReference) {
        this.technologyReference = technologyReference;
    }

    public String getRiskAssessment() {
        return riskAssessment;
    }

    public void setRiskAssessment(String riskAssessment) {
        this.riskAssessment = riskAssessment;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
