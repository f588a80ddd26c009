/**
 * Notifications: for now the account e-mails (verification, password reset) and the
 * embedded demo mail server; the outbox and channels come with the communications work.
 */
package org.outagedesk.notification;
