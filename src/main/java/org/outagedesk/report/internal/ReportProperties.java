package org.outagedesk.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings under {@code outagedesk.reports.*}.
 *
 * @param screenshotMaxBytes the largest screenshot accepted, in bytes (default 2 MB)
 * @param perPersonPerMinute reports one person may create per minute, form and API together, once the
 *                           burst is spent (default 30)
 * @param perPersonBurst     reports one person may create at once before the per-minute rate applies (default 10)
 */
@ConfigurationProperties("outagedesk.reports")
public record ReportProperties(@DefaultValue("2097152") int screenshotMaxBytes,
        @DefaultValue("30") int perPersonPerMinute, @DefaultValue("10") int perPersonBurst) {}
