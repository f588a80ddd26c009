package org.outagedesk.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM, and each installs its own (Vaadin-aware)
 * security-context strategy in the static {@link SecurityContextHolder}; method security reads
 * the strategy of its own context. Before each test this points the holder at the strategy of
 * the context the test runs in, so a principal set by the test is the one the services see.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyOfThisContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
