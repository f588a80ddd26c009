/**
 * End-user problem reports: the mail-specific form, screenshots, "my reports", and
 * known-outage deflection ("this is my problem too"). Triage (in the incident module)
 * links, declines and resolves reports through {@link ReportService}.
 */
package org.outagedesk.report;
