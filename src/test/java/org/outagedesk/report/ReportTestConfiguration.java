package org.outagedesk.report;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The report tests' one extra bean: known outages they control. Primary, so these tests keep
 * using it once the incident module's real implementation is merged in beside it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportTestConfiguration {

    @Bean
    @Primary
    FakeKnownOutages fakeKnownOutages() {
        return new FakeKnownOutages();
    }
}
