package org.outagedesk.report;

import java.time.Duration;
import java.time.Instant;
import org.outagedesk.OutageDeskApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Runs the app with one made-up open outage, to see and screenshot the known-outage
 * deflection before the incident module exists: {@code ./mvnw spring-boot:test-run
 * -Dspring-boot.run.main-class=org.outagedesk.report.ReportDemoApplication}.
 */
public final class ReportDemoApplication {

    private ReportDemoApplication() {}

    public static void main(String[] args) {
        SpringApplication.from(OutageDeskApplication::main).with(DemoOutage.class).run(args);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoOutage {

        @Bean
        @Primary
        FakeKnownOutages demoKnownOutages() {
            FakeKnownOutages outages = new FakeKnownOutages();
            outages.add(new KnownOutage(42L, "INC-42", "Outgoing mail is delayed or refused", "identified",
                    Instant.now().plus(Duration.ofMinutes(90)),
                    "The outbound mail relay rejects connections after a certificate change. We are rolling it back.",
                    Instant.now().minus(Duration.ofMinutes(12)), true));
            return outages;
        }
    }
}
