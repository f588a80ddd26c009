package org.outagedesk.incident;

import org.outagedesk.mailerror.Side;

/**
 * How widespread a problem is and what else is known about it: what {@link ScopeAdvisor} weighs.
 *
 * @param reporters distinct people who reported it
 * @param departments distinct departments among them
 * @param sites distinct sites among them
 * @param activeUsers enabled end-user accounts, for the share
 * @param impact how much the symptom stops work
 * @param side whose side the shared error usually is, from the catalogue; null when not recognised
 * @param failingProbes monitoring probes of the same mail services failing now
 */
public record Spread(int reporters, int departments, int sites, long activeUsers, Impact impact, Side side,
        int failingProbes) {

    /** Only people's reports, nothing known about the error or the probes. */
    public static Spread ofReports(int reporters, int departments, int sites, long activeUsers, Impact impact) {
        return new Spread(reporters, departments, sites, activeUsers, impact, null, 0);
    }

    /** Whether the error is one that a failing probe of the same service can explain (not the person's own). */
    boolean serviceWide() {
        return side != Side.USER && side != Side.CLIENT;
    }
}
