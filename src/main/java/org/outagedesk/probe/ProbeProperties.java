package org.outagedesk.probe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code outagedesk.probe.*}.
 *
 * @param enabled run endpoints on their schedule (on-demand probes work either way)
 * @param secretKey base64 AES key (16, 24 or 32 bytes) that encrypts stored passwords; when blank,
 *        a fixed development key is used and a warning logged (set it in production, e.g. through
 *        the environment variable {@code OUTAGEDESK_PROBE_SECRET_KEY})
 * @param connectTimeout how long a TCP connect may take
 * @param readTimeout how long to wait for each server answer
 * @param roundTripTimeout how long a round-trip message may take to arrive
 * @param retention how long probe results are kept
 * @param failureThreshold failed checks in a row after which triage shows a probe signal
 * @param autoOpenIncident open an incident (once, while it is open) when the threshold is reached
 * @param autoOpenAs e-mail of the IT staff account an automatically opened incident is recorded as opened by (required for auto-open)
 * @param demoEndpoints in the embedded default, probe the demo mail server
 * @param demoInterval how often the demo endpoints are probed
 */
@ConfigurationProperties("outagedesk.probe")
public record ProbeProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String secretKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("60s") Duration roundTripTimeout,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("3") int failureThreshold,
        @DefaultValue("false") boolean autoOpenIncident,
        @DefaultValue("") String autoOpenAs,
        @DefaultValue("true") boolean demoEndpoints,
        @DefaultValue("60s") Duration demoInterval) {

    public ProbeProperties {
        failureThreshold = Math.max(1, failureThreshold);
    }
}
