package eu.csar.web.notification.portal;

import eu.csar.notification.application.CoordinatorInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page's inbox card: a Coordinating Authority's latest notifications. */
@Named
@RequestScoped
public class LatestNotifications {

    private static final int LATEST = 5;

    @Inject
    PortalUserBean user;

    @Inject
    CoordinatorInbox inbox;

    private List<InboxItem> latest = List.of();

    /** f:viewAction of the home page: reads the inbox only for the role that has one. */
    public void load() {
        if (user.isCoordinatingAuthority()) {
            latest = inbox.inbox().stream().limit(LATEST).toList();
        }
    }

    public List<InboxItem> getLatest() {
        return latest;
    }
}
