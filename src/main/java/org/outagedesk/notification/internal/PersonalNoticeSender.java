package org.outagedesk.notification.internal;

import java.util.HashSet;
import java.util.Set;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.notification.PersonalNotices;
import org.springframework.stereotype.Component;

/**
 * Queues a personal notice per channel its recipient wants: the e-mail rendered in their language
 * and zone (times named with the zone, the link after the public base URL), the in-portal notice as
 * its keys and typed arguments, rendered whenever it is read.
 */
@Component
class PersonalNoticeSender implements PersonalNotices {

    private final Recipients recipients;
    private final Outbox outbox;
    private final UpdateNotifier notifier;
    private final PersonalMails mails;

    PersonalNoticeSender(Recipients recipients, Outbox outbox, UpdateNotifier notifier, PersonalMails mails) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.notifier = notifier;
        this.mails = mails;
    }

    @Override
    public void send(PersonalNotice notice) {
        recipients.account(notice.accountId()).ifPresent(to -> send(notice, to));
    }

    /**
     * Queues the notice for a recipient already looked up; one without an account (a configured
     * address) gets the e-mail only. {@code notice.accountId()} is not read.
     */
    void send(PersonalNotice notice, Recipients.Recipient to) {
        Reader reader = to.mailReader();
        Set<Long> portalReaders = new HashSet<>();
        if (to.byEmail()) {
            PersonalMails.Mail mail = mails.render(notice, reader);
            outbox.queue(new OutboxMessage(notice.dedupeKey() + ":email", null, null, to.accountId(), to.email(),
                    Channel.EMAIL, UpdateMessages.tag(reader), mail.subject(), mail.text(), mail.html()));
        }
        if (to.inPortal() && to.accountId() != null) {
            outbox.queue(OutboxMessage.notice(notice.dedupeKey() + ":portal", null, null, to.accountId(),
                    to.email(), UpdateMessages.tag(reader), OutboxMessage.Notice.PERSONAL, notice.subjectKey(),
                    notice.textKey(), notice.link(), NoticeArguments.positional(notice.arguments())));
            portalReaders.add(to.accountId());
        }
        notifier.afterCommit(portalReaders);
    }
}
