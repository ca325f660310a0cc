package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderEntry;
import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;

import jakarta.validation.constraints.AssertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static eu.csar.web.registry.portal.OfferedServiceModel.trimToNull;

/**
 * What the provider form edits: the fields of a {@link ProviderProfile} as plain, mutable
 * properties, plus the version the user started from (optimistic locking). {@link #toProfile()}
 * passes the input on as typed; the page validates that profile with the service's own constraints
 * (and this form's explicit choice of establishment) before it calls the service, and maps the
 * property paths back to these fields.
 */
public class ProviderFormModel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The value of the explicit choice "No establishment in the Union". */
    public static final String NO_ESTABLISHMENT = "NONE";

    private String legalName;
    private List<ServiceType> serviceTypes = new ArrayList<>();
    private final List<OfferedServiceModel> services = new ArrayList<>();
    /** A Member State's code, {@link #NO_ESTABLISHMENT}, or nothing yet: the user must choose explicitly. */
    private String establishment;
    private String repName;
    private String repAddress;
    private String repEmail;
    private String repPhone;
    private MemberState repMemberState;
    private String contactEmail;
    private String contactPhone;
    private String contactLanguages;
    private String signingPublicKey;
    private long version;

    static ProviderFormModel of(ProviderEntry provider) {
        ProviderFormModel form = new ProviderFormModel();
        form.legalName = provider.legalName();
        form.serviceTypes = new ArrayList<>(provider.serviceTypes());
        provider.services().forEach(s -> form.services.add(OfferedServiceModel.of(s)));
        form.establishment = provider.mainEstablishment() == null ? NO_ESTABLISHMENT : provider.mainEstablishment().name();
        LegalRepresentative rep = provider.legalRepresentative();
        if (rep != null) {
            form.repName = rep.name();
            form.repAddress = rep.address();
            form.repEmail = rep.email();
            form.repPhone = rep.phone();
            form.repMemberState = rep.memberState();
        }
        form.contactEmail = provider.contactPoint().email();
        form.contactPhone = provider.contactPoint().phone();
        form.contactLanguages = String.join(", ", provider.contactPoint().languages());
        form.signingPublicKey = provider.signingPublicKey();
        form.version = provider.version();
        return form;
    }

    ProviderProfile toProfile() {
        return new ProviderProfile(trimToNull(legalName),
                serviceTypes == null || serviceTypes.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(serviceTypes),
                services.stream().map(OfferedServiceModel::toService).toList(),
                mainEstablishment(), representative(),
                new ContactPoint(trimToNull(contactEmail), trimToNull(contactPhone), languages()),
                trimToNull(signingPublicKey));
    }

    /**
     * Art 24: a provider may have no establishment in the Union, but a form left at its first
     * option must not say so by accident.
     */
    @AssertTrue(message = "{csar.registry.mainEstablishmentChoice}")
    public boolean isEstablishmentChosen() {
        return establishment != null && !establishment.isBlank();
    }

    /** The chosen Member State; null for "no establishment in the Union" (or nothing chosen, refused above). */
    private MemberState mainEstablishment() {
        if (!isEstablishmentChosen() || NO_ESTABLISHMENT.equals(establishment)) {
            return null;
        }
        return Arrays.stream(MemberState.values()).filter(ms -> ms.name().equals(establishment)).findFirst().orElse(null);
    }

    /** No representative when the whole section is empty; otherwise as typed, for the service to validate. */
    private LegalRepresentative representative() {
        boolean empty = Stream.of(repName, repAddress, repEmail, repPhone).allMatch(s -> trimToNull(s) == null)
                && repMemberState == null;
        return empty ? null : new LegalRepresentative(trimToNull(repName), trimToNull(repAddress), trimToNull(repEmail),
                trimToNull(repPhone), repMemberState);
    }

    /** "nl, EN" -> [nl, en]: languages are ISO codes, compared in lower case. */
    private List<String> languages() {
        if (contactLanguages == null) {
            return List.of();
        }
        return Arrays.stream(contactLanguages.split("[,;\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public void addService() {
        services.add(new OfferedServiceModel());
    }

    public void removeService(int index) {
        if (index >= 0 && index < services.size()) {
            services.remove(index);
        }
    }

    public List<OfferedServiceModel> getServices() {
        return services;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public List<ServiceType> getServiceTypes() {
        return serviceTypes;
    }

    public void setServiceTypes(List<ServiceType> serviceTypes) {
        this.serviceTypes = serviceTypes;
    }

    public String getEstablishment() {
        return establishment;
    }

    public void setEstablishment(String establishment) {
        this.establishment = establishment;
    }

    public String getRepName() {
        return repName;
    }

    public void setRepName(String repName) {
        this.repName = repName;
    }

    public String getRepAddress() {
        return repAddress;
    }

    public void setRepAddress(String repAddress) {
        this.repAddress = repAddress;
    }

    public String getRepEmail() {
        return repEmail;
    }

    public void setRepEmail(String repEmail) {
        this.repEmail = repEmail;
    }

    public String getRepPhone() {
        return repPhone;
    }

    public void setRepPhone(String repPhone) {
        this.repPhone = repPhone;
    }

    public MemberState getRepMemberState() {
        return repMemberState;
    }

    public void setRepMemberState(MemberState repMemberState) {
        this.repMemberState = repMemberState;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactLanguages() {
        return contactLanguages;
    }

    public void setContactLanguages(String contactLanguages) {
        this.contactLanguages = contactLanguages;
    }

    public String getSigningPublicKey() {
        return signingPublicKey;
    }

    public void setSigningPublicKey(String signingPublicKey) {
        this.signingPublicKey = signingPublicKey;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
