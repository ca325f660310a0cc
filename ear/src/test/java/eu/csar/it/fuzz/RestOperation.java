package eu.csar.it.fuzz;

import java.util.List;

/**
 * One REST operation of the OpenAPI document: method, path template (with {@code {id}} segments), its
 * parameters and its JSON request body ({@code null} if it takes none).
 */
record RestOperation(String method, String path, List<Parameter> parameters, Shape body) {

    /** A path or query parameter. */
    record Parameter(String name, String in, Shape shape) {
    }

    /** Anything but GET changes state: the fuzz test sends such operations only requests that must be refused. */
    boolean writes() {
        return !"GET".equals(method);
    }

    /** Open to anyone (no token needed): the public register's API. */
    boolean open() {
        return path.startsWith("/api/public");
    }

    String label() {
        return method + " " + path;
    }
}
