package org.outagedesk.review.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review settings under {@code outagedesk.reviews.*}.
 *
 * @param reminderLeadDays how many days before its due date an action item's owner is reminded
 *        (a second reminder goes out the day after the due date if it is still unfinished)
 * @param zone the time zone in which due dates begin and end; when not set, the organisation's
 *     ({@code outagedesk.organisation.time-zone}), else the server's
 */
@ConfigurationProperties("outagedesk.reviews")
record ReviewProperties(@DefaultValue("3") int reminderLeadDays, ZoneId zone) {}
