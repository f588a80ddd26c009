package org.outagedesk.status.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.Samp;
import org.outagedesk.report.SignedIn;
import org.outagedesk.status.MirrorTargetState;
import org.outagedesk.status.StatusMirror;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The status mirror's admin screen, without a browser, on the directory target every test application
 * writes (test configuration): its last write, Write now, a failing target's error and next retry.
 */
@SpringBootTest
class StatusMirrorViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired StatusMirror mirror;
    @Autowired BundleI18NProvider i18n;

    @BeforeEach
    void adminInEnglish() {
        SignedIn.as(accounts, "admin@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void writeNowWritesEveryFileAndTheScreenShowsWhen() {
        navigate(StatusMirrorView.class);
        assertThat($(Code.class).withClassName("mirror-where").single().getText()).contains("status-mirror");
        Instant before = Instant.now();

        test($(Button.class).id("mirror-write-now")).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> directory().lastSuccessAt() != null
                && !directory().lastSuccessAt().isBefore(before.minusSeconds(1)) && directory().filesWritten() > 5);
        poll();

        assertThat(text("mirror-directory-state")).isEqualTo(en("status.mirror.state.ok"));
        assertThat(text("mirror-directory-last-success")).doesNotContain(en("status.mirror.never"));
        assertThat(text("mirror-directory-files")).matches("\\d+ changed files in the last write; \\d+ files on the target");
        assertThat(Files.exists(Path.of(directory().where(), "index.html"))).isTrue();
    }

    @Test
    void aFailingTargetShowsTheErrorAsTheSystemSaidItAndTheNextRetry() throws Exception {
        Path where = Path.of(directory().where());
        Path aside = where.resolveSibling(where.getFileName() + "-aside");
        Files.createDirectories(where);
        Files.move(where, aside);
        Files.writeString(where, "a file where the mirror's directory should be");
        try {
            navigate(StatusMirrorView.class);
            test($(Button.class).id("mirror-write-now")).click();
            await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> directory().failing());
            poll();
            assertThat(text("mirror-directory-state")).isEqualTo(en("status.mirror.state.failing"));
            Paragraph error = $(Paragraph.class).id("mirror-directory-error");
            assertThat(error.getText()).startsWith("Last error (");
            assertThat($(Samp.class).from(error).single().getText()).contains(where.toString());
            assertThat(text("mirror-directory-next-retry")).startsWith("Next retry: ");
        } finally {
            Files.delete(where);
            Files.move(aside, where);
        }
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !directory().failing());
        poll();
        assertThat(text("mirror-directory-state")).isEqualTo(en("status.mirror.state.ok"));
    }

    @Test
    void theScreenSpeaksSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(StatusMirrorView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Réplica de la página de estado");
        assertThat($(Button.class).id("mirror-write-now").getText()).isEqualTo("Escribir ahora");
        assertThat($(Div.class).id("mirror-directory").getElement().getTextRecursively()).contains("Directorio",
                "Última escritura correcta");
    }

    @Test
    void onlyAdminsMaySeeOrWriteTheMirror() {
        SignedIn.as(accounts, "it@demo.local");
        assertThatThrownBy(() -> mirror.targets()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mirror.writeNow()).isInstanceOf(AccessDeniedException.class);
    }

    private MirrorTargetState directory() {
        return mirror.targets().stream().filter(target -> target.kind() == MirrorTargetState.Kind.DIRECTORY)
                .findFirst().orElseThrow();
    }

    private void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private String text(String id) {
        return $(Span.class).withId(id).exists() ? $(Span.class).id(id).getText() : $(Paragraph.class).id(id).getText();
    }

    private String en(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }
}
