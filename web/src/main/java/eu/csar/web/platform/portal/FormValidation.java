package eu.csar.web.platform.portal;

import eu.csar.web.platform.rest.ViolationPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.primefaces.PrimeFaces;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One validation round for a portal form: the form's values are checked with the same Bean
 * Validation constraints the service applies, and every violation is shown at once, in the user's
 * language, next to its field. The fields are marked invalid (PrimeFaces outlines them), the top of
 * the page lists them, and the focus moves to the first one in the order of the page.
 */
@ApplicationScoped
public class FormValidation {

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    FeedbackBean feedback;

    /**
     * Validates {@code values} and shows what is wrong; {@code fieldClientId} maps a property path
     * ({@code contactPoint.email}) to the client id of its field, or null for the top of the page.
     * True when everything is valid.
     */
    public boolean passes(Function<String, String> fieldClientId, Object... values) {
        Locale locale = locale(FacesContext.getCurrentInstance());
        Validator validator = validatorFactory.usingContext()
                .messageInterpolator(new InLanguage(validatorFactory.getMessageInterpolator(), locale)).getValidator();
        List<ConstraintViolation<?>> found = new ArrayList<>();
        for (Object value : values) {
            found.addAll(validator.validate(value));
        }
        if (found.isEmpty()) {
            return true;
        }
        show(found, fieldClientId);
        return false;
    }

    /** Shows violations, e.g. those a service raised, as {@link #passes} does. */
    public void show(Collection<? extends ConstraintViolation<?>> violations, Function<String, String> fieldClientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale(context);
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        Set<String> unplaced = new LinkedHashSet<>();
        for (ConstraintViolation<?> violation : violations) {
            String clientId = fieldClientId.apply(ViolationPaths.pathOf(violation.getPropertyPath()));
            String text = localized(violation, locale);
            if (clientId == null) {
                unplaced.add(text);
            } else {
                byField.computeIfAbsent(clientId, id -> new LinkedHashSet<>()).add(text);
            }
        }
        List<String> inPageOrder = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        if (!byField.isEmpty()) {
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context, byField.keySet(), null), (visit, component) -> {
                markInvalid(component, labels);
                inPageOrder.add(component.getClientId(context));
                return VisitResult.ACCEPT;
            });
        }
        byField.keySet().stream().filter(id -> !inPageOrder.contains(id)).forEach(inPageOrder::add);
        for (String clientId : inPageOrder) {
            byField.get(clientId).forEach(text -> context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text)));
        }
        unplaced.forEach(text -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text)));
        if (labels.isEmpty()) {
            feedback.error("edit.fixErrors");
        } else {
            feedback.error("form.fixFields", String.join(", ", labels));
        }
        context.validationFailed();
        if (!inPageOrder.isEmpty()) {
            focus(inPageOrder.get(0));
        }
    }

    /**
     * Moves the cursor to a field after the AJAX update, by client id; rows of a ui:repeat
     * ({@code edit:services:1:serviceName}) too, which a search expression would not find.
     */
    public void focus(String clientId) {
        if (clientId.matches("[A-Za-z0-9_:-]+")) {
            PrimeFaces.current().executeScript("PrimeFaces.focus('" + clientId + "');");
        }
    }

    private static void markInvalid(UIComponent component, Set<String> labels) {
        if (component instanceof UIInput input) {
            input.setValid(false);
        }
        Object label = component.getAttributes().get("label");
        if (label != null && !label.toString().isBlank()) {
            labels.add(label.toString());
        }
    }

    /** The message in the user's language (a service validated in the server's). */
    private String localized(ConstraintViolation<?> violation, Locale locale) {
        try {
            return validatorFactory.getMessageInterpolator().interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("not supported: " + type);
                }
            }, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    static Locale locale(FacesContext context) {
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** Interpolates every message in one language. */
    private record InLanguage(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
