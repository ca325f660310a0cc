package eu.csar.web.platform.portal;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the user what happened, in their language: plain messages from the portal's bundle, and the
 * services' refusals mapped to messages. Bean Validation violations from a service go next to the
 * form field they concern (the page maps the property path to a field); rule violations go to their
 * field or the top of the page; unknown objects, wrong roles and stale versions get one clear
 * sentence. Nothing reaches the user as a stack trace.
 */
@ApplicationScoped
public class FeedbackBean {

    private static final Logger LOG = Logger.getLogger(FeedbackBean.class.getName());
    private static final String BUNDLE = "eu.csar.web.messages";

    @Inject
    FormValidation formValidation;

    public String text(String key, Object... args) {
        String pattern = textOrNull(key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale(FacesContext.getCurrentInstance())).format(args);
    }

    /** The bundle's text for {@code key} in the user's language, or null if the bundle has none. */
    public String textOrNull(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(FacesContext.getCurrentInstance()),
                    Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An info message that survives the redirect after a successful save (post-redirect-get). */
    public void infoAfterRedirect(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    /**
     * Shows a service's refusal. {@code fieldClientId} maps a property path of the service's input
     * (e.g. {@code contactPoint.email}, {@code services[0].name}) to a component's client id, or
     * null to show the message at the top. Returns false for anything unexpected, which the caller
     * should rethrow so that it is logged and reaches the error page.
     */
    public boolean showRefusal(Exception exception, Function<String, String> fieldClientId) {
        Throwable e = unwrap(exception);
        if (e instanceof ConstraintViolationException violations) {
            formValidation.show(violations.getConstraintViolations(), fieldClientId);
            return true;
        }
        if (e instanceof RuleViolationException rule) {
            if (rule.code() == RuleViolationException.Code.STALE_VERSION) {
                error("error.stale");
            } else {
                String clientId = rule.field() == null ? null : fieldClientId.apply(rule.field());
                add(clientId, FacesMessage.SEVERITY_ERROR, text("error.rule", rule.getMessage()));
            }
            return true;
        }
        if (e instanceof UnknownObjectException) {
            error("error.notFound");
            return true;
        }
        if (e instanceof EJBAccessException) {
            error("error.forbidden");
            return true;
        }
        if (causedBy(exception, OptimisticLockException.class)) {
            error("error.stale");
            return true;
        }
        LOG.log(Level.WARNING, "unexpected failure in a portal action", exception);
        return false;
    }

    /** Same as {@link #showRefusal(Exception, Function)} for actions without form fields. */
    public boolean showRefusal(Exception exception) {
        return showRefusal(exception, path -> null);
    }

    /** Strips the EJB container's wrapping (a ConstraintViolationException is a system exception). */
    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Locale locale(FacesContext context) {
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
