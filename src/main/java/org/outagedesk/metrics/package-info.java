/**
 * Metrics for managers: MTTD, MTTA, MTTM, MTTR, time per SOP phase, causes, services, reports,
 * action items and review completion over a period. Keeps its own read model (tables
 * {@code metric_*}), fed by the incident and review modules' events and rebuilt from
 * {@link org.outagedesk.incident.IncidentService} when empty; the dashboard's queries are SQL
 * aggregates over it. Definitions live in {@link org.outagedesk.metrics.MetricDefinitions}.
 */
package org.outagedesk.metrics;
