package eu.csar.orders.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

/**
 * What every order issued by the issuing authority of a Member State to one provider has, and all
 * that deciding who may see it and act on it needs: the Member State that issued it and the
 * provider it is addressed to.
 */
public interface AddressedOrder {

    MemberState issuingMemberState();

    ProviderId providerId();
}
