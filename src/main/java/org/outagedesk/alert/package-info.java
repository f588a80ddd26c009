/**
 * Monitoring-alert intake, its token and rate limit: an Alertmanager-compatible webhook and a
 * generic JSON webhook ({@code /api/v1/alerts/*}, bearer alert token) whose firing alerts open or
 * update incidents as the "Monitoring" system actor, deduplicated by alert group and fingerprint.
 * This root package is the module's API, what the admin screen reads:
 * {@link AlertAdministration}.
 */
package org.outagedesk.alert;
