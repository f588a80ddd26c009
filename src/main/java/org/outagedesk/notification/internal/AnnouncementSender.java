package org.outagedesk.notification.internal;

import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.notification.Announcement;
import org.outagedesk.notification.Announcements;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.PersonalNotice;
import org.springframework.stereotype.Component;

/**
 * Sends an announcement through the channels of status updates, to its audience: each person as
 * they chose (e-mail, in-portal; in their language, times in their zone) and the chat webhooks that
 * see that audience, in their own language.
 */
@Component
class AnnouncementSender implements Announcements {

    private final Recipients recipients;
    private final PersonalNoticeSender sender;
    private final PersonalMails mails;
    private final ChatWebhooksImpl webhooks;
    private final Outbox outbox;
    private final OrganisationProperties organisation;

    AnnouncementSender(Recipients recipients, PersonalNoticeSender sender, PersonalMails mails,
            ChatWebhooksImpl webhooks, Outbox outbox, OrganisationProperties organisation) {
        this.recipients = recipients;
        this.sender = sender;
        this.mails = mails;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.organisation = organisation;
    }

    @Override
    public void announce(Announcement announcement) {
        for (Recipients.Recipient to : recipients.of(announcement.audience())) {
            String who = to.accountId() != null ? String.valueOf(to.accountId()) : to.email();
            sender.send(notice(announcement.key() + ":" + who, announcement, to.language()), to);
        }
        for (ChatWebhook hook : webhooks.enabledFor(announcement.audience())) {
            Reader channel = Reader.ofMail(hook.language(), organisation.zoneForUnknownReaders());
            PersonalMails.Mail mail = mails.render(notice(announcement.key(), announcement, hook.language()), channel);
            outbox.queue(new OutboxMessage(announcement.key() + ":hook-" + hook.id() + ":webhook", null, null, null,
                    hook.url(), Channel.WEBHOOK, UpdateMessages.tag(channel), mail.subject(), UpdateMessages.chatCard(mail.subject(), mail.text()), null));
        }
    }

    private static PersonalNotice notice(String key, Announcement announcement, java.util.Locale language) {
        return new PersonalNotice(key, 0, announcement.subjectKey(), announcement.textKey(),
                announcement.arguments().apply(language), announcement.link());
    }
}
