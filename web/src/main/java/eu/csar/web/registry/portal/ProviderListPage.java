package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderRegistry;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The provider list ({@code /portal/registry/providers.xhtml}): all providers for centre staff,
 * those under the caller's jurisdiction for a Coordinating or issuing authority. An authority of
 * several Member States may narrow the list to one of them.
 */
@Named
@ViewScoped
public class ProviderListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE_ID = ":providers:table";

    @Inject
    ProviderRegistry registry;

    @Inject
    Caller caller;

    private ProviderLazyModel model;
    private List<MemberState> ownMemberStates;

    @PostConstruct
    void init() {
        model = new ProviderLazyModel(registry);
        ownMemberStates = caller.memberStates().stream().sorted().toList();
    }

    public void search() {
        firstPage();
    }

    public void reset() {
        model.clearFilters();
        firstPage();
    }

    private void firstPage() {
        OneCallPerPageModel.firstPage(TABLE_ID);
    }

    public ProviderLazyModel getModel() {
        return model;
    }

    /** An authority narrows to one of its own Member States; EU-level staff to any. */
    public List<MemberState> getJurisdictionChoices() {
        return ownMemberStates.isEmpty() ? List.of(MemberState.values()) : ownMemberStates;
    }

    /** Nothing to choose for an authority of a single Member State. */
    public boolean isJurisdictionFilterShown() {
        return getJurisdictionChoices().size() > 1;
    }
}
