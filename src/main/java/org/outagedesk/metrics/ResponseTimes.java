package org.outagedesk.metrics;

/** One incident's response times in seconds ({@link MetricDefinitions}); {@code null} where it does not count. */
public record ResponseTimes(Long mttd, Long mtta, Long mttm, Long mttr) {

    public Long seconds(Metric metric) {
        return switch (metric) {
            case MTTD -> mttd;
            case MTTA -> mtta;
            case MTTM -> mttm;
            case MTTR -> mttr;
        };
    }
}
