package eu.csar.audit.domain;

/** Field values as the trail stores them: never null, cut to the column's length. */
final class Text {

    private Text() {
    }

    static String cap(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
