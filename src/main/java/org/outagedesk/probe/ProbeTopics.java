package org.outagedesk.probe;

/** Live topics of the probe module. */
public final class ProbeTopics {

    /** A probe finished or an endpoint changed; the payload is the endpoint id. */
    public static final String HEALTH = "probe-health";

    private ProbeTopics() {}
}
