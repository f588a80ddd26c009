package org.outagedesk.probe;

/** One step of a probe (connect, greeting, TLS, login, send, receive) with how long it took. */
public record ProbeStep(String name, long millis, boolean ok, String detail) {}
