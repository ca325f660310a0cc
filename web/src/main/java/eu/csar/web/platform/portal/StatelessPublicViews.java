package eu.csar.web.platform.portal;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes the pages under {@code /public/} (and the start page, which forwards there) stateless
 * (transient views): Faces keeps no view state for them, so an anonymous visitor gets no HTTP
 * session. Before, every GET of the public register created a 30-minute session. The public pages
 * have no forms that post back; the language switch is a link and the choice lives in a cookie
 * ({@link LanguageChoice}). Registered in faces-config.xml.
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
        return viewId != null && (viewId.startsWith("/public/") || "/index.xhtml".equals(viewId));
    }
}
