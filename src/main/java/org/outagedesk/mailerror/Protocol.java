package org.outagedesk.mailerror;

/** The protocol an error comes from; HTTP stands for webmail. */
public enum Protocol { SMTP, IMAP, POP3, HTTP, ACTIVESYNC }
