package eu.csar.registry.application;

import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderRepository;
import eu.csar.registry.domain.ServiceType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The public register of points of contact and legal representatives (Art 23(3), 24(5)):
 * readable by anyone without logging in, so it is the one deliberately unrestricted service.
 * It returns only the public fields; nothing here is audited because nothing here is protected.
 */
@Stateless
public class PublicRegister {

    @Inject
    ProviderRepository providers;

    /** A register line: only what the Regulation makes public. */
    public record Entry(String legalName, List<ServiceType> serviceTypes, String mainEstablishment,
                        String contactEmail, String contactPhone, List<String> contactLanguages,
                        String representativeName, String representativeAddress, String representativeEmail,
                        String representativePhone, String representativeMemberState) {

        static Entry of(Provider p) {
            LegalRepresentative rep = p.legalRepresentative().orElse(null);
            return new Entry(p.legalName(), p.serviceTypes().stream().sorted().toList(),
                    p.mainEstablishment().map(Enum::name).orElse(null),
                    p.contactPoint().email(), p.contactPoint().phone(), p.contactPoint().languages(),
                    rep == null ? null : rep.name(), rep == null ? null : rep.address(),
                    rep == null ? null : rep.email(), rep == null ? null : rep.phone(),
                    rep == null ? null : rep.memberState().name());
        }
    }

    @PermitAll
    public List<Entry> entries() {
        return providers.publicRegister().stream().map(Entry::of).toList();
    }
}
