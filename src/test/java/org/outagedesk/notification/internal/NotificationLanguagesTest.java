package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;
import org.outagedesk.notification.NoticeLabel;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/**
 * Every message the notification side writes to people (update and summary mails, in-portal notices,
 * banner, chat; every personal notice; every account mail), rendered in English and in Spanish: no
 * missing key, no text of the other language, no internal name. Arguments are language-neutral, so
 * whatever language a rendering shows comes from the bundles.
 */
class NotificationLanguagesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant ETA = Instant.parse("2026-12-07T05:47:00Z");
    private static final String BASE = "https://desk.example.org";

    /** Every personal notice the application sends (subject key, text key, typed arguments as its callers pass them). */
    private static final List<PersonalNotice> NOTICES = List.of(
            notice("review.notice.invite", List.of("INC-7", "MX-7 relay")),
            notice("review.notice.final", List.of("INC-7", "MX-7 relay", "TLS cert 2026")),
            notice("review.notice.due-soon", List.of("MX-7 probe", LocalDate.of(2026, 12, 24), "INC-7")),
            notice("review.notice.overdue", List.of("MX-7 probe", LocalDate.of(2026, 12, 24), "INC-7")),
            notice("review.notice.assigned", List.of("MX-7 probe", LocalDate.of(2026, 12, 24), "INC-7",
                    new NoticeLabel("review.priority.HIGH"))),
            notice("notification.sign-in-locked", List.of("ana@demo.local", "203.0.113.9", 5, 15L)),
            notice("notification.maintenance", List.of(new NoticeLabel("status.maintenance.state.in_progress"),
                    "MX-7 relay patch", java.time.Instant.parse("2026-12-10T21:00:00Z"),
                    java.time.Instant.parse("2026-12-10T23:00:00Z"), "Webmail", "")));

    /** Words only one of the two languages uses (whole words), and the letters only Spanish writes. */
    private static final Pattern SPANISH = Pattern.compile("(?U)\\b(el|la|los|las|de|del|su|sus|para|en|por|que|"
            + "Estado|Resolución|Mientras|tanto|Causa|revisión|acción|Acción|usted|vence|venció|dispositivo|"
            + "correo|contraseña|cuenta|incidencia)\\b|[áéíóúñ¿¡«»]");
    private static final Pattern ENGLISH = Pattern.compile("(?U)\\b(the|of|you|your|is|to|for|and|Status|"
            + "Meanwhile|Expected|Cause|review|Review|Action|item|due|device|mail|password|account|AM|PM)\\b");
    /** Internal names that must never reach people: audiences, states, kinds, severities, priorities. */
    private static final Pattern INTERNAL = Pattern.compile("\\b(PUBLIC|INTERNAL|MANAGEMENT|INVESTIGATING|IDENTIFIED|"
            + "MONITORING|RESOLVED|UPDATE|SUMMARY|SEV[1-4]|HIGH|MEDIUM|LOW|DUE_SOON|OVERDUE|VERIFY_EMAIL|"
            + "RESET_PASSWORD|SET_PASSWORD|ALREADY_REGISTERED|IN_PORTAL|EMAIL|WEBHOOK)\\b");

    private final BundleI18NProvider i18n = new BundleI18NProvider();
    private final ReaderTexts texts = new ReaderTexts(i18n);
    private final PortalLinks links = new PortalLinks(new AccountProperties(BASE,
            new AccountProperties.Registration(true, List.of("demo.local"), 10),
            new AccountProperties.Tokens(Duration.ofHours(48), Duration.ofMinutes(30), Duration.ofHours(72)),
            new AccountProperties.Bootstrap(null), new AccountProperties.Demo(false, "demo")));
    private final UpdateMessages updates = new UpdateMessages(texts, links);
    private final PersonalMails mails = new PersonalMails(texts, links);
    private final ReportReceivedMail receipts = new ReportReceivedMail(null, null, null, null, texts, links);
    private final AccountMailSender accountMails = new AccountMailSender(null, null, i18n,
            new NotificationProperties("OutageDesk <outagedesk@demo.local>", "es"));

    private static PersonalNotice notice(String prefix, List<?> arguments) {
        return new PersonalNotice("test", 1, prefix + ".subject", prefix + ".text", arguments, "/incidents/7/review");
    }

    private static StatusUpdate update(UpdateKind kind) {
        return update(kind, UpdateAudience.PUBLIC);
    }

    private static StatusUpdate update(UpdateKind kind, UpdateAudience audience) {
        boolean summary = kind == UpdateKind.SUMMARY;
        return new StatusUpdate(11, 7, "INC-7", "MX-7 relay", kind, audience,
                summary ? PublicStatus.RESOLVED : PublicStatus.IDENTIFIED, "MX-7 · 550 5.7.1", summary ? null : ETA,
                summary ? null : "webmail.demo.local", summary ? "TLS cert 2026" : null, summary ? "cron + probe" : null,
                ETA, 3, "Iván");
    }

    /** Every rendering of every message type for one language, by name. */
    private Map<String, String> everything(Locale language) {
        Map<String, String> all = new LinkedHashMap<>();
        Reader mail = Reader.ofMail(language, TOKYO);
        Reader page = Reader.onPage(language, TOKYO);
        for (UpdateKind kind : UpdateKind.values()) {
            StatusUpdate update = update(kind);
            all.put(kind + " mail subject", updates.subject(update, mail));
            all.put(kind + " mail text", updates.mailText(update, mail));
            all.put(kind + " mail html", updates.mailHtml(update, mail));
            all.put(kind + " IT-only mail html", updates.mailHtml(update(kind, UpdateAudience.INTERNAL), mail));
            all.put(kind + " chat", updates.chatJson(update, mail));
            all.put(kind + " portal subject", updates.subject(update, page));
            all.put(kind + " portal text", updates.text(update, page));
            all.put(kind + " banner", updates.brief(update, page));
        }
        for (PersonalNotice notice : NOTICES) {
            PersonalMails.Mail rendered = mails.render(notice, mail);
            all.put(notice.subjectKey() + " mail subject", rendered.subject());
            all.put(notice.subjectKey() + " mail text", rendered.text());
            all.put(notice.subjectKey() + " mail html", rendered.html());
            all.put(notice.subjectKey() + " portal", texts.text(notice.subjectKey(), page, notice.arguments())
                    + "\n" + texts.text(notice.textKey(), page, notice.arguments()));
        }
        for (boolean joined : new boolean[] {false, true}) {
            PersonalMails.Mail receipt = receipts.render(mail, "Ana", 12, Symptom.CANNOT_SEND, MailClient.WEBMAIL,
                    joined);
            all.put("report receipt " + joined, receipt.subject() + "\n" + receipt.text());
            all.put("report receipt html " + joined, receipt.html());
        }
        for (AccountMailRequested.Kind kind : AccountMailRequested.Kind.values()) {
            AccountMailSender.Rendered rendered = accountMails.render(new AccountMailRequested(kind, "ana@demo.local",
                    "Ana", language.getLanguage(), BASE + "/verify?token=x", Duration.ofHours(48)));
            all.put(kind + " account mail", rendered.subject() + "\n" + rendered.text());
            all.put(kind + " account mail html", rendered.html());
        }
        return all;
    }

    @Test
    void everyMessageTypeRendersInEnglishAndSpanishWithEveryKeyAndNoInternalName() {
        for (Locale language : BundleI18NProvider.LANGUAGES) {
            everything(language).forEach((name, text) -> {
                assertThat(text).as("%s in %s", name, language).doesNotContainPattern("![a-z][\\w.-]*!")
                        .doesNotContain("{0}", "{1}", "{2}", "{3}");
                assertThat(INTERNAL.matcher(withoutMarkup(text)).find()).as("%s in %s: %s", name, language, text)
                        .isFalse();
            });
        }
    }

    @Test
    void englishRenderingsHoldNoSpanishAndSpanishOnesNoEnglish() {
        everything(Locale.ENGLISH).forEach((name, text) -> assertThat(SPANISH.matcher(withoutMarkup(text)).results()
                .map(match -> match.group()).toList()).as("Spanish in the English %s: %s", name, text).isEmpty());
        everything(BundleI18NProvider.SPANISH).forEach((name, text) -> assertThat(ENGLISH.matcher(withoutMarkup(text))
                .results().map(match -> match.group()).toList()).as("English in the Spanish %s: %s", name, text)
                .isEmpty());
    }

    @Test
    void mailNamesTheZoneOfItsTimesAndLinksStartWithTheBaseUrl() {
        Map<String, String> english = everything(Locale.ENGLISH);
        assertThat(english.get("UPDATE mail text")).contains(Reader.ofMail(Locale.ENGLISH, TOKYO).time(ETA))
                .contains("(Asia/Tokyo)", BASE + "/status");
        assertThat(english.get("UPDATE IT-only mail html")).as("the status page does not show it; the incident does")
                .contains(BASE + "/incidents/7", "Open the incident").doesNotContain(BASE + "/status");
        assertThat(english.get("UPDATE portal text")).contains(Reader.onPage(Locale.ENGLISH, TOKYO).time(ETA))
                .doesNotContain("(Asia/Tokyo)");
        assertThat(english.get("review.notice.invite.subject mail text")).contains(BASE + "/incidents/7/review");
        assertThat(english.get("review.notice.assigned.subject mail text")).contains("Dec 24, 2026", "High");
        assertThat(everything(BundleI18NProvider.SPANISH).get("review.notice.assigned.subject mail text"))
                .contains("24 dic 2026", "Alta");
    }

    /** Every message bundle key that names a message's subject is one of the types rendered above. */
    @Test
    void everyMessageSubjectInTheBundlesIsRenderedHere() {
        Set<String> subjects = new TreeSet<>(i18n.messages(Locale.ENGLISH).keySet().stream()
                .filter(key -> key.endsWith(".subject") || key.endsWith("-subject")).toList());
        List<String> rendered = new ArrayList<>(NOTICES.stream().map(PersonalNotice::subjectKey).toList());
        rendered.addAll(List.of("notification.mail.subject", "notification.mail.summary-subject",
                "mail.report-received.subject"));
        for (AccountMailRequested.Kind kind : AccountMailRequested.Kind.values()) {
            rendered.add("mail." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".subject");
        }
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(subjects);
    }

    private static String withoutMarkup(String text) {
        return text.replaceAll("<[^>]*>", " ").replaceAll("\"[@\\w]+\":", " ").replaceAll("https?://\\S+", " ")
                .replaceAll("[\\w.+-]+@[\\w.-]+", " ");
    }
}
