package eu.csar.web.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Names an invalid field the way the user or partner entered it ({@code contactPoint.email},
 * {@code services[0].name}): the path inside the validated argument, without the service method
 * and parameter nodes. The REST problems, the SOAP faults and the portal's forms all use it.
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    public static String fieldOf(ConstraintViolation<?> violation) {
        String field = pathOf(violation.getPropertyPath());
        return field.isEmpty() ? "(request)" : field;
    }

    /**
     * The path as above. A violation of a parameter as a whole (a blank reason, a missing version
     * or profile) is named by the parameter, so service parameters carry the names partners send.
     */
    public static String pathOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        boolean nested = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    continue;
                }
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                default -> nested = true;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            field.append(field.length() > 0 ? "." : "").append(node.getName());
        }
        return !nested && parameter != null ? parameter : field.toString();
    }
}
