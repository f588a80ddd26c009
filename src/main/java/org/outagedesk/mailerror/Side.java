package org.outagedesk.mailerror;

/**
 * Whose side a failure usually is: the person (a typo, a full mailbox, a wrong password), their mail
 * program, the network between them and the server, our mail server, or the remote mail system.
 */
public enum Side { USER, CLIENT, NETWORK, SERVER, REMOTE }
