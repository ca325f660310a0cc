package eu.csar.web.portal;

import eu.csar.notification.CoordinatorInbox;
import eu.csar.notification.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page: one card per task the user's roles allow, and for a Coordinating Authority its latest inbox items. */
@Named
@RequestScoped
public class DashboardPage {

    private static final int LATEST = 5;

    @Inject
    PortalUserBean user;

    @Inject
    CoordinatorInbox inbox;

    private List<Notification> latest = List.of();

    /** f:viewAction: reads the inbox only for the role that has one. */
    public void load() {
        if (user.isCoordinatingAuthority()) {
            latest = inbox.inbox().stream().limit(LATEST).toList();
        }
    }

    public List<Notification> getLatest() {
        return latest;
    }
}
