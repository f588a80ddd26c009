package org.outagedesk.base;

import java.time.Duration;

/**
 * Runs a scheduled job on one node only, when several nodes share the database. Every node
 * keeps its own {@code @Scheduled} trigger and calls {@link #runIfLeader}; the node that takes
 * the lease row named after the job runs it, the others skip this round. Example:
 *
 * <pre>{@code
 * @Scheduled(fixedDelayString = "PT30S")
 * void probeMailServices() {
 *     lease.runIfLeader("mail-probes", Duration.ofSeconds(25), this::probeAll);
 * }
 * }</pre>
 *
 * Choose {@code lease} a little shorter than the schedule's interval and longer than a run
 * takes: the lease is held for exactly that long from the start (another node cannot start the
 * job within it, even if this run ended sooner) and a run that takes longer than the lease may
 * overlap with the next node's run. The lease lives in the table {@code scheduler_lease} and is
 * timed by the database's clock, so node clocks need not agree. On a single node the lease is
 * always free at each round.
 */
public interface ClusterLease {

    /**
     * Runs {@code job} on this thread if no node holds the lease {@code name}.
     *
     * @param name the job's name, at most 64 characters, the same on every node
     * @param lease how long no other node may start the job (at least one second)
     * @return whether this node ran the job
     */
    boolean runIfLeader(String name, Duration lease, Runnable job);
}
