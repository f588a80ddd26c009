/**
 * Notifications: the outbox (one row per message, recipient and channel, written in the
 * transaction of the update), its dispatcher with retry and back-off, the channels (e-mail,
 * in-portal notification centre and banner, chat webhooks), audience templates in Spanish
 * and English, delivery status per update, the account e-mails and the embedded demo mail server.
 */
package org.outagedesk.notification;
