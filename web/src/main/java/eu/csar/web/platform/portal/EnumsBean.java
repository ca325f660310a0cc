package eu.csar.web.platform.portal;

import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** Drop-down choices every context's pages share; each context's own choices live in its portal package. */
@Named("enums")
@ApplicationScoped
public class EnumsBean {

    public List<MemberState> getMemberStates() {
        return List.of(MemberState.values());
    }
}
