package eu.csar.it.fuzz;

/**
 * One operation of a WSDL (document/literal wrapped): where it is served, the namespace of its
 * payload, the wrapper element's name and fields, and whether its element children are qualified.
 */
record SoapOperation(String path, String namespace, String name, Shape.Fields request, boolean qualified) {

    /** Reads by naming convention (GetOwnEntry, ListX, FindX, SearchX); anything else changes state. */
    boolean writes() {
        return !name.matches("(Get|List|Find|Search)[A-Z].*");
    }

    String label() {
        return "SOAP " + path + " " + name;
    }
}
