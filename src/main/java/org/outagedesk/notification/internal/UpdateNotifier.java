package org.outagedesk.notification.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
 * messages commit or roll back together), one per recipient and channel, in each recipient's
 * language; after commit it tells open notification centres and wakes the dispatcher.
 */
@Component
class UpdateNotifier {

    private final Recipients recipients;
    private final UpdateMessages messages;
    private final Outbox outbox;
    private final ChatWebhooksImpl webhooks;
    private final LiveBus bus;
    private final OutboxDispatcher dispatcher;
    /** Chat channels are shared, so they get the portal's default language. */
    private final Locale chatLanguage;

    UpdateNotifier(Recipients recipients, UpdateMessages messages, Outbox outbox, ChatWebhooksImpl webhooks,
            LiveBus bus, OutboxDispatcher dispatcher, NotificationProperties mail) {
        this.chatLanguage = Locale.forLanguageTag(mail.defaultLanguage());
        this.recipients = recipients;
        this.messages = messages;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.bus = bus;
        this.dispatcher = dispatcher;
    }

    @EventListener
    void on(StatusUpdatePosted posted) {
        StatusUpdate update = posted.update();
        Set<Long> portalReaders = new HashSet<>();
        for (Recipients.Recipient to : recipients.of(update, posted.reporterIds())) {
            Locale language = to.language();
            String subject = messages.subject(update, language);
            String who = to.accountId() != null ? String.valueOf(to.accountId()) : to.email();
            if (to.byEmail()) {
                outbox.queue(new OutboxMessage(key(update, who, Channel.EMAIL), update.id(), update.incidentId(),
                        to.accountId(), to.email(), Channel.EMAIL, language.getLanguage(), subject,
                        messages.mailText(update, language), messages.mailHtml(update, language)));
            }
            if (to.inPortal() && to.accountId() != null) {
                outbox.queue(new OutboxMessage(key(update, who, Channel.IN_PORTAL), update.id(), update.incidentId(),
                        to.accountId(), to.email(), Channel.IN_PORTAL, language.getLanguage(), subject,
                        messages.text(update, language), null));
                portalReaders.add(to.accountId());
            }
        }
        for (ChatWebhook hook : webhooks.enabledFor(update.audience())) {
            Locale language = chatLanguage;
            outbox.queue(new OutboxMessage(key(update, "hook-" + hook.id(), Channel.WEBHOOK), update.id(),
                    update.incidentId(), null, hook.url(), Channel.WEBHOOK, language.getLanguage(),
                    messages.subject(update, language), messages.chatJson(update, language), null));
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
