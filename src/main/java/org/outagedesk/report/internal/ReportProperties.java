package org.outagedesk.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings under {@code outagedesk.reports.*}.
 *
 * @param screenshotMaxBytes the largest screenshot accepted, in bytes (default 2 MB)
 */
@ConfigurationProperties("outagedesk.reports")
public record ReportProperties(@DefaultValue("2097152") int screenshotMaxBytes) {}
