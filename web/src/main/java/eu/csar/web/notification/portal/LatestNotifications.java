package eu.csar.web.notification.portal;

import eu.csar.notification.application.AuthorityInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page's inbox card: the latest notifications of the caller's authority (a Coordinating Authority or the EU Centre). */
@Named
@RequestScoped
public class LatestNotifications {

    private static final int LATEST = 5;

    @Inject
    PortalUserBean user;

    @Inject
    AuthorityInbox inbox;

    private List<InboxItem> latest = List.of();

    /** f:viewAction of the home page: reads the inbox only for the role that has one. */
    public void load() {
        if (user.isWithInbox()) {
            latest = inbox.inbox().stream().limit(LATEST).toList();
        }
    }

    public List<InboxItem> getLatest() {
        return latest;
    }
}
