package eu.csar.web.platform.portal;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes the pages under {@code /public/}, the error pages and the start page (which forwards to
 * the public register) stateless (transient views): Faces keeps no view state for them, so an
 * anonymous visitor gets no HTTP session. Before, every GET of the public register (and every 404)
 * created a 30-minute session. These pages post nothing back but the logout of a signed-in user,
 * which a transient view handles too; the language switch is a link and the choice lives in a
 * cookie ({@link LanguageChoice}). Registered in faces-config.xml.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && isPublic(view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }

    static boolean isPublic(String viewId) {
        return viewId != null
                && (viewId.startsWith("/public/") || viewId.startsWith("/error/") || "/index.xhtml".equals(viewId));
    }
}
