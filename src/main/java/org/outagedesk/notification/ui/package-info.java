/** Screens of the notification module: status updates on the incident page, notification bell, outage banner, webhooks. */
package org.outagedesk.notification.ui;
