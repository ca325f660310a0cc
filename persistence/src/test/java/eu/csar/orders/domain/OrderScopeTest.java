package eu.csar.orders.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which orders a list shows: a provider its own, an authority its Member States', the EU Centre all. */
class OrderScopeTest {

    static final ProviderId ZETA = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06");

    /** A query that only records the parameters bound to it. */
    @SuppressWarnings("unchecked")
    static TypedQuery<Object> recording(Map<String, Object> bound) {
        return (TypedQuery<Object>) Proxy.newProxyInstance(OrderScopeTest.class.getClassLoader(), new Class<?>[]{TypedQuery.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
                        bound.put(name, args[1]);
                    }
                    return proxy;
                });
    }

    @Test
    void aProviderSeesTheOrdersAddressedToIt() {
        assertEquals(" where o.providerId = :provider", OrderScope.condition(" where", ZETA, Set.of(MemberState.NL)));
        Map<String, Object> bound = new LinkedHashMap<>();
        OrderScope.bind(recording(bound), ZETA, Set.of(MemberState.NL));
        assertEquals(Map.of("provider", ZETA.value()), bound);
    }

    @Test
    void anAuthoritySeesItsMemberStatesOrders() {
        assertEquals(" and o.issuingMemberState in :states", OrderScope.condition(" and", null, Set.of(MemberState.NL)));
        Map<String, Object> bound = new LinkedHashMap<>();
        OrderScope.bind(recording(bound), null, Set.of(MemberState.NL));
        assertEquals(Map.of("states", Set.of(MemberState.NL)), bound);
    }

    @Test
    void theCentreSeesAll() {
        assertEquals("", OrderScope.condition(" where", null, null));
        assertEquals("", OrderScope.condition(" where", null, Set.of()));
        Map<String, Object> bound = new LinkedHashMap<>();
        OrderScope.bind(recording(bound), null, Set.of());
        OrderScope.bind(recording(bound), null, null);
        assertEquals(Map.of(), bound);
    }
}
