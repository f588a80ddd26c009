/**
 * Mail-service probes. Admins configure mail endpoints
 * (SMTP, submission, SMTPS, IMAP(S), POP3(S)); each is checked on its own schedule (TCP
 * connect, greeting, TLS handshake and certificate expiry, optional login) and SMTP endpoints
 * can send a tagged message and read it back over IMAP (round trip). Results are kept as a
 * history, shown live on a health panel, offered to triage as a signal beside user reports
 * (implementing {@link org.outagedesk.incident.TriageSignals}) and to the runbook as evidence
 * (implementing {@link org.outagedesk.runbook.EvidenceSource}).
 */
package org.outagedesk.probe;
