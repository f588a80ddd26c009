package org.outagedesk.probe;

/** Live topics of the probe module. */
public final class ProbeTopics {

    /** A probe finished or an endpoint changed; the payload is the endpoint id. */
    public static final String HEALTH = "probe-health";

    /**
     * An endpoint started or stopped failing (a failing period opened or closed): the uptime
     * history changed. Published after the result is stored; the payload is the endpoint id.
     */
    public static final String FAILING_CHANGED = "probe-failing-changed";

    private ProbeTopics() {}
}
