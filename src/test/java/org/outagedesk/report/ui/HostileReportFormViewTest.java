package org.outagedesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.testsupport.hostile.HostileCorpus;
import org.outagedesk.testsupport.hostile.HostileCount;
import org.outagedesk.testsupport.hostile.HostileFile;
import org.outagedesk.testsupport.hostile.HostileInput;
import org.outagedesk.testsupport.hostile.TextRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile texts of every corpus category typed into every text field of the report form (the whole
 * corpus goes through the same validation in HostileApiIT), and every hostile attachment into its
 * screenshot upload: each is stored exactly as typed (after the documented
 * normalisation) or refused on its field with a message in the person's language; never the
 * "could not be stored" failure.
 */
@ReportSpringTest
class HostileReportFormViewTest extends SpringBrowserlessTest {

    /** Each value renders the form (and on success my reports) again: a sample here, all of it in HostileApiIT. */
    private static final int PER_CATEGORY = 6;

    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired FakeKnownOutages outages;
    @Autowired BundleI18NProvider i18n;

    @BeforeEach
    void signIn() {
        outages.clear();
        SignedIn.as(accounts, "user2@demo.local");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    @Test
    void descriptionTakesEveryHostileTextAsTypedOrRefusesIt() {
        typeEverywhere("report-description", TextRule.text(4000).countingCodePoints(), ReportSummary::description);
    }

    @Test
    void errorTextTakesEveryHostileTextAsTypedOrRefusesIt() {
        typeEverywhere("report-error", TextRule.text(2000).countingCodePoints(), ReportSummary::errorText);
    }

    @Test
    void affectedAddressStoresOnlyAddressesAndRefusesTheRestClearly() {
        int combinations = 0;
        for (HostileInput input : HostileCorpus.sampleForField(TextRule.line(254), PER_CATEGORY)) {
            Optional<String> allowed = TextRule.line(254).countingCodePoints().expect(input.value());
            int before = reports.myReports().size();
            openForm();
            $(EmailField.class).id("report-address").setValue(input.value());
            test($(Button.class).id("report-submit")).click();
            EmailField address = field(EmailField.class, "report-address");
            if (address == null) {
                ReportSummary stored = reports.myReports().getFirst();
                assertThat(allowed).as(input.describe()).isPresent();
                assertThat(nullToEmpty(stored.affectedAddress())).as(input.describe()).isEqualTo(allowed.get());
            } else {
                assertThat(reports.myReports()).as(input.describe()).hasSize(before);
                assertThat(address.isInvalid()).as(input.describe()).isTrue();
                assertClearSpanish(address.getErrorMessage(), input);
            }
            combinations++;
        }
        HostileCount.add("report form affectedAddress", combinations);
    }

    @Test
    void screenshotUploadTakesOnlyRealImagesWithinTheLimit() {
        for (HostileFile file : HostileCorpus.attachments()) {
            int before = reports.myReports().size();
            openForm();
            try {
                test($(Upload.class).id("report-screenshot")).upload(file.name(), "image/png", file.content());
            } catch (IllegalStateException | IllegalArgumentException refusedByTheUpload) {
                // The upload's own limits (size, type) refused it before the server read it.
            }
            test($(Button.class).id("report-submit")).click();
            boolean acceptable = file.acceptableImage() && !file.tooLarge() && file.content().length > 0
                    && TextRule.line(255).expect(file.name()).isPresent();
            List<ReportSummary> mine = reports.myReports();
            String why = file.name() + " (" + file.why() + ")";
            if (acceptable) {
                assertThat(mine).as(why).hasSize(before + 1);
                assertThat(mine.getFirst().hasScreenshot()).as(why).isTrue();
            } else if (mine.size() > before) {
                assertThat(mine.getFirst().hasScreenshot()).as(why + " stored without the file").isFalse();
            } else {
                assertClearSpanish($(Span.class).id("report-screenshot-error").getText(), new HostileInput(
                        "attachment", why));
            }
        }
        HostileCount.add("report form screenshot", HostileCorpus.attachments().size());
    }

    private void typeEverywhere(String id, TextRule rule, Function<ReportSummary, String> read) {
        int combinations = 0;
        assertSoftly(soft -> {
            for (HostileInput input : HostileCorpus.sampleForField(rule, PER_CATEGORY)) {
                Optional<String> expected = rule.expect(input.value());
                int before = reports.myReports().size();
                openForm();
                $(TextArea.class).id(id).setValue(input.value());
                test($(Button.class).id("report-submit")).click();
                assertThat(failures()).as(input.describe()).isEmpty();
                if (expected.isPresent()) {
                    soft.assertThat(getCurrentView()).as(input.describe()).isInstanceOf(MyReportsView.class);
                    soft.assertThat(nullToEmpty(read.apply(reports.myReports().getFirst()))).as(input.describe())
                            .isEqualTo(expected.get());
                } else {
                    soft.assertThat(reports.myReports()).as(input.describe()).hasSize(before);
                    TextArea field = $(TextArea.class).id(id);
                    soft.assertThat(field.isInvalid()).as(input.describe()).isTrue();
                    assertClearSpanish(field.getErrorMessage(), input);
                }
            }
        });
        combinations += HostileCorpus.sampleForField(rule, PER_CATEGORY).size();
        HostileCount.add("report form " + id, combinations);
    }

    @SuppressWarnings("unchecked")
    private void openForm() {
        navigate(ReportProblemView.class);
        $(RadioButtonGroup.class).id("report-symptom").setValue(Symptom.CANNOT_SEND);
        $(Select.class).id("report-client").setValue(MailClient.WEBMAIL);
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return $(type).withId(id).exists() ? $(type).id(id) : null;
    }

    private List<String> failures() {
        String failed = i18n.getTranslation("report.form.failed", Locale.forLanguageTag("es"));
        return $(Notification.class).all().stream().map(n -> test(n).getText()).filter(failed::equals).toList();
    }

    /** A refusal the person can read: not blank, not a missing-key marker, and in Spanish as chosen. */
    private void assertClearSpanish(String message, HostileInput input) {
        assertThat(message).as(input.describe()).isNotBlank().doesNotContain("!report.");
        assertThat(i18n.messages(Locale.forLanguageTag("es")).values().stream()
                .anyMatch(pattern -> message.startsWith(pattern.replaceAll("\\{\\d+}.*", "").strip())))
                .as("Spanish message for " + input.describe() + ": " + message).isTrue();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
