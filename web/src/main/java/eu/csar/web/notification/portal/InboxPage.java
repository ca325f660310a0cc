package eu.csar.web.notification.portal;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.AuthorityInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A Coordinating Authority's inbox ({@code /portal/inbox.xhtml}): notifications for its Member
 * States, newest first (e.g. a provider under its jurisdiction changed its point of contact), each
 * read once for the whole authority and showing by whom; one or all of them can be marked read.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorityInbox inbox;

    @Inject
    FeedbackBean feedback;

    private List<InboxItem> notifications = List.of();

    /** f:viewAction */
    public void load() {
        try {
            notifications = inbox.inbox();
        } catch (RuntimeException e) {
            notifications = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void markRead(NotificationId id) {
        try {
            inbox.markRead(id);
            feedback.info("inbox.markedRead");
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public void markAllRead() {
        try {
            feedback.info("inbox.markedAllRead", inbox.markAllRead());
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public boolean isAnyUnread() {
        return notifications.stream().anyMatch(InboxItem::unread);
    }

    public List<InboxItem> getNotifications() {
        return notifications;
    }
}
