package org.outagedesk.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.NoticeLabel;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.status.MaintenanceAnnounced;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces planned maintenance through the channels of status updates, to the window's audience:
 * each person as they chose (e-mail, in-portal; in their language, times in their zone) and the
 * chat webhooks that see that audience. Inside the announcing transaction, like updates.
 */
@Component
class MaintenanceNotifier {

    static final String SUBJECT = "notification.maintenance.subject";
    static final String TEXT = "notification.maintenance.text";

    private final Recipients recipients;
    private final PersonalNoticeSender sender;
    private final PersonalMails mails;
    private final ChatWebhooksImpl webhooks;
    private final Outbox outbox;
    private final BundleI18NProvider i18n;
    private final OrganisationProperties organisation;

    MaintenanceNotifier(Recipients recipients, PersonalNoticeSender sender, PersonalMails mails,
            ChatWebhooksImpl webhooks, Outbox outbox, BundleI18NProvider i18n, OrganisationProperties organisation) {
        this.recipients = recipients;
        this.sender = sender;
        this.mails = mails;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.i18n = i18n;
        this.organisation = organisation;
    }

    @EventListener
    void on(MaintenanceAnnounced announced) {
        MaintenanceWindow window = announced.window();
        String key = "maintenance:" + window.id() + ":" + announced.phase().name().toLowerCase(Locale.ROOT);
        for (Recipients.Recipient to : recipients.of(window.audience())) {
            String who = to.accountId() != null ? String.valueOf(to.accountId()) : to.email();
            sender.send(notice(key + ":" + who, announced, to.language()), to);
        }
        for (ChatWebhook hook : webhooks.enabledFor(window.audience())) {
            Reader channel = Reader.ofMail(hook.language(), organisation.zoneForUnknownReaders());
            PersonalMails.Mail mail = mails.render(notice(key, announced, hook.language()), channel);
            outbox.queue(new OutboxMessage(key + ":hook-" + hook.id() + ":webhook", null, null, null, hook.url(),
                    Channel.WEBHOOK, UpdateMessages.tag(channel), mail.subject(), chatJson(mail), null));
        }
    }

    /** The notice in {@code language}: what IT typed is chosen in that language, the rest stays typed. */
    private PersonalNotice notice(String key, MaintenanceAnnounced announced, Locale language) {
        MaintenanceWindow window = announced.window();
        String services = window.services().stream().sorted()
                .map(service -> i18n.getTranslation("status.service." + service.name().toLowerCase(Locale.ROOT),
                        language))
                .collect(Collectors.joining(", "));
        return new PersonalNotice(key, 0, SUBJECT, TEXT, List.of(new NoticeLabel("status.maintenance.state."
                + announced.phase().name().toLowerCase(Locale.ROOT)), window.title(language), window.startsAt(),
                window.endsAt(), services, window.details(language)), "/status#maintenance-" + window.id());
    }

    private static String chatJson(PersonalMails.Mail mail) {
        return "{\"@type\":\"MessageCard\",\"@context\":\"https://schema.org/extensions\",\"summary\":"
                + UpdateMessages.json(mail.subject()) + ",\"title\":" + UpdateMessages.json(mail.subject())
                + ",\"text\":" + UpdateMessages.json(mail.text()) + "}";
    }
}
