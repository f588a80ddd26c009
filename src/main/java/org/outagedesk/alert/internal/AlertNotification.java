package org.outagedesk.alert.internal;

import java.util.List;

/**
 * One alert notification, whichever webhook it came through: a group of alerts with a key
 * that stays the same while the group lives.
 *
 * @param source {@code alertmanager}, or {@code generic:<source>}
 * @param groupKey the group's key (Alertmanager's {@code groupKey}, or the generic key)
 * @param firing whether the notification as a whole is firing (else every alert resolved)
 * @param title what a new incident is called
 * @param alerts the alerts, at least one
 */
record AlertNotification(String source, String groupKey, boolean firing, String title, List<IncomingAlert> alerts) {

    List<IncomingAlert> firingAlerts() {
        return alerts.stream().filter(IncomingAlert::firing).toList();
    }
}
