package eu.csar.orders.api;

/**
 * To whom in the provider's organisation an order goes: its point of contact (Art 23), or, for a
 * provider without an establishment in the Union, its legal representative (Art 24).
 */
public enum Addressee {
    POINT_OF_CONTACT,
    LEGAL_REPRESENTATIVE
}
