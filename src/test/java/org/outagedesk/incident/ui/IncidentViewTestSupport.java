package org.outagedesk.incident.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the incident screens: signed in as IT staff, in English, one shared context. */
@ReportSpringTest
abstract class IncidentViewTestSupport extends SpringBrowserlessTest {

    @Autowired AccountService accountService;
    @Autowired ReportService reportService;
    @Autowired BundleI18NProvider i18n;

    OutageDeskUser me;

    @BeforeEach
    void signInAsItStaff() {
        me = SignedIn.as(accountService, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Live updates still queued run while the UI is torn down, so someone is signed in for them
     * (a change by another person may arrive just then); then the person signs out.
     */
    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        SignedIn.as(accountService, "it@demo.local");
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SignedIn.out();
        }
    }

    /** An end user reports a problem (as they would through the form); IT staff stays signed in. */
    ReportSummary reportAs(String email, Symptom symptom, MailClient client) {
        return TestPeople.reportAs(accountService, reportService, email, symptom, client, null, null);
    }

    String en(String key, Object... arguments) {
        return i18n.getTranslation(key, Locale.ENGLISH, arguments);
    }

    String lastNotification() {
        List<Notification> shown = $(Notification.class).all();
        return shown.isEmpty() ? null : test(shown.getLast()).getText();
    }

    /** Lets pushed updates (ui.access from the live bus) run, until the condition holds or a second passes. */
    boolean eventually(BooleanSupplier condition) {
        return within(java.time.Duration.ofSeconds(1), condition);
    }

    /** Lets pushed updates run until the condition holds or the time is up. */
    boolean within(java.time.Duration timeout, BooleanSupplier condition) {
        try {
            // In this thread: Vaadin's test UI lives in the test thread's locals.
            Awaitility.await().atMost(timeout).pollInSameThread().pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(20)).until(() -> {
                        roundTrip();
                        return condition.getAsBoolean();
                    });
            return true;
        } catch (ConditionTimeoutException notInTime) {
            return false;
        }
    }
}
