package eu.csar.web.notification.portal;

import eu.csar.notification.application.AuthorityInbox;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The inbox entry of the menu of an authority with an inbox, with its unread count: "Inbox (3)", read
 * aloud as "Inbox, 3 unread". Counted once per request, when the menu is rendered, i.e. after any
 * action of the request (such as marking read) has run.
 */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    PortalUserBean user;

    @Inject
    AuthorityInbox inbox;

    @Inject
    FeedbackBean feedback;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = user.isWithInbox() ? inbox.unreadCount() : 0L;
        }
        return unread;
    }

    public String getLabel() {
        return getUnread() == 0 ? feedback.text("nav.inbox") : feedback.text("nav.inboxUnread", getUnread());
    }

    public String getAccessibleLabel() {
        return getUnread() == 0 ? feedback.text("nav.inbox") : feedback.text("nav.inboxUnread.label", getUnread());
    }
}
