package eu.csar.orders.api;

/** Who contests a removal order before the courts of the issuing Member State (Art 15(1)). */
public enum Contestant {
    PROVIDER,
    UPLOADER
}
