/**
 * Mail errors read the way a mail administrator reads them: an error text (a user's report, an
 * alert annotation, a probe failure) becomes an {@link org.outagedesk.mailerror.ErrorSignature}
 * (SMTP reply and RFC 3463 enhanced status code, protocol, client code, whose side it usually is,
 * category) by way of a table-driven catalogue ({@code mailerror/catalogue.tsv}), whose words for
 * people are in the {@code mailerror} message bundles. {@link org.outagedesk.mailerror.MailErrors}
 * is the module's API; {@code POST /api/v1/triage/explain} serves it to the help centre and scripts.
 */
package org.outagedesk.mailerror;
