package org.outagedesk.notification.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdatePosted;
import org.outagedesk.live.LiveBus;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.NotificationCentre;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a posted update into outbox rows inside the posting transaction (so the update and its
 * messages commit or roll back together), one per recipient and channel: each e-mail rendered in
 * its recipient's language and zone, each in-portal notice kept as the update it is (rendered for
 * whoever reads it), each chat message in its webhook's language with times in the organisation's
 * zone. After commit it tells open notification centres and wakes the dispatcher.
 */
@Component
class UpdateNotifier {

    private final Recipients recipients;
    private final UpdateMessages messages;
    private final Outbox outbox;
    private final ChatWebhooksImpl webhooks;
    private final LiveBus bus;
    private final OutboxDispatcher dispatcher;
    private final OrganisationProperties organisation;

    UpdateNotifier(Recipients recipients, UpdateMessages messages, Outbox outbox, ChatWebhooksImpl webhooks,
            LiveBus bus, OutboxDispatcher dispatcher, OrganisationProperties organisation) {
        this.recipients = recipients;
        this.messages = messages;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.bus = bus;
        this.dispatcher = dispatcher;
        this.organisation = organisation;
    }

    @EventListener
    void on(StatusUpdatePosted posted) {
        StatusUpdate update = posted.update();
        Set<Long> portalReaders = new HashSet<>();
        for (Recipients.Recipient to : recipients.of(update, posted.reporterIds())) {
            Reader reader = to.mailReader();
            String who = to.accountId() != null ? String.valueOf(to.accountId()) : to.email();
            if (to.byEmail()) {
                outbox.queue(new OutboxMessage(key(update, who, Channel.EMAIL), update.id(), update.incidentId(),
                        to.accountId(), to.email(), Channel.EMAIL, UpdateMessages.tag(reader),
                        messages.subject(update, reader), messages.mailText(update, reader),
                        messages.mailHtml(update, reader)));
            }
            if (to.inPortal() && to.accountId() != null) {
                outbox.queue(OutboxMessage.notice(key(update, who, Channel.IN_PORTAL), update.id(),
                        update.incidentId(), to.accountId(), to.email(), UpdateMessages.tag(reader),
                        OutboxMessage.Notice.UPDATE, null, null, null, UpdateNotices.arguments(update)));
                portalReaders.add(to.accountId());
            }
        }
        for (ChatWebhook hook : webhooks.enabledFor(update.audience())) {
            Reader channel = Reader.ofMail(hook.language(), organisation.zoneForUnknownReaders());
            outbox.queue(new OutboxMessage(key(update, "hook-" + hook.id(), Channel.WEBHOOK), update.id(),
                    update.incidentId(), null, hook.url(), Channel.WEBHOOK, UpdateMessages.tag(channel),
                    messages.subject(update, channel), messages.chatJson(update, channel), null));
        }
        afterCommit(portalReaders);
    }

    /** After commit: tells the readers' open notification centres, and wakes the dispatcher. */
    void afterCommit(Set<Long> portalReaders) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    portalReaders.forEach(id -> bus.publish(NotificationCentre.topic(id), "new"));
                }
            });
        } else {
            portalReaders.forEach(id -> bus.publish(NotificationCentre.topic(id), "new"));
        }
        dispatcher.wakeAfterCommit();
    }

    static String key(StatusUpdate update, String recipient, Channel channel) {
        return "update:" + update.id() + ":" + recipient + ":" + channel.name().toLowerCase(Locale.ROOT);
    }
}
