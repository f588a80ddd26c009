package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.PortalNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V19 on a database that holds in-portal notices written the old way (words in one language):
 * afterwards they are rendered for the reader, in English or Spanish and in the reader's zone. The
 * same scenario runs on H2 ({@link NoticeMigrationTest}) and MariaDB ({@link NoticeMigrationIT}).
 */
final class NoticeMigration {

    static final Instant ETA = Instant.parse("2026-12-07T05:47:00Z");
    private static final Instant AT = Instant.parse("2026-12-07T04:43:00Z");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final long READER = 42;

    private NoticeMigration() {}

    static void run(String url, String user, String password) {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("18?").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long incident = oldRows(jdbc);

        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();
        assertThat(flyway.info().pending()).isEmpty();

        BundleI18NProvider i18n = new BundleI18NProvider();
        ReaderTexts texts = new ReaderTexts(i18n);
        PortalLinks links = new PortalLinks(new AccountProperties("https://desk.example.org",
                new AccountProperties.Registration(true, List.of(), 10),
                new AccountProperties.Tokens(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)),
                new AccountProperties.Bootstrap(null), new AccountProperties.Demo(false, "demo")));
        PortalNotices notices = new PortalNotices(jdbc, new UpdateMessages(texts, links), texts);

        List<PortalNotification> english = notices.latest(READER, 10, Reader.onPage(Locale.ENGLISH, TOKYO));
        assertThat(english).hasSize(4);
        PortalNotification update = english.stream().filter(n -> n.subject().contains("MX-7 relay")).findFirst()
                .orElseThrow();
        assertThat(update.incidentId()).isEqualTo(incident);
        assertThat(update.subject()).isEqualTo("INC-" + incident + " · Identified: MX-7 relay (public)");
        assertThat(update.text()).contains("Status: Identified", "El relé rechaza el correo.",
                "Expected resolution: " + Reader.onPage(Locale.ENGLISH, TOKYO).time(ETA), "Meanwhile: webmail")
                .doesNotContain("Estado", "Resolución prevista", "Mientras tanto");
        assertThat(english).extracting(PortalNotification::subject).contains("Post-incident review of INC-" + incident,
                "Action item overdue: Rotate journals", "Bloqueo antiguo");
        PortalNotification overdue = english.stream().filter(n -> n.subject().contains("Rotate journals"))
                .findFirst().orElseThrow();
        assertThat(overdue.text()).contains("Dec 1, 2026").doesNotContain("2026-12-01");
        assertThat(overdue.link()).isEqualTo("/incidents/" + incident + "/review");

        List<PortalNotification> spanish = notices.latest(READER, 10, Reader.onPage(BundleI18NProvider.SPANISH,
                TOKYO));
        assertThat(spanish).extracting(PortalNotification::subject).contains(
                "INC-" + incident + " · Causa identificada: MX-7 relay (public)",
                "Revisión post-incidente de INC-" + incident, "Acción vencida: Rotate journals");
        assertThat(jdbc.queryForList("select subject from outbox_message where notice is not null", String.class))
                .as("no longer kept in the words of one language").containsOnly("");
    }

    /** An incident with an update, a review with an overdue action item, and the notices of the old kind. */
    private static long oldRows(JdbcTemplate jdbc) {
        Timestamp at = Timestamp.from(AT);
        jdbc.update("""
                insert into incident (title, public_title, scope, severity, phase, state, public_status, report_count,
                    created_at, updated_at, version)
                values ('Relay', 'MX-7 relay (public)', 'GROUP', 'SEV2', 'RESPOND', 'OPEN', 'IDENTIFIED', 1, ?, ?, 0)""",
                at, at);
        long incident = jdbc.queryForObject("select max(id) from incident", Long.class);
        jdbc.update("""
                insert into incident_update (incident_id, kind, audience, status, message, eta, workaround, posted_at,
                    posted_by_id, posted_by_name)
                values (?, 'UPDATE', 'PUBLIC', 'IDENTIFIED', 'El relé rechaza el correo.', ?, 'webmail', ?, 3, 'Iván')""",
                incident, Timestamp.from(ETA), at);
        long update = jdbc.queryForObject("select max(id) from incident_update", Long.class);
        jdbc.update("""
                insert into review (incident_id, incident_reference, incident_title, severity, language, status,
                    started_at, started_by_name, updated_at, last_changed_by_name, version)
                values (?, ?, 'MX-7 relay', 'SEV2', 'es', 'DRAFT', ?, 'Iván', ?, 'Iván', 0)""",
                incident, "INC-" + incident, at, at);
        long review = jdbc.queryForObject("select max(id) from review", Long.class);
        jdbc.update("""
                insert into action_item (review_id, incident_id, title, owner_id, owner_name, due_date, priority, status,
                    created_at, updated_at, version)
                values (?, ?, 'Rotate journals', ?, 'Ana', DATE '2026-12-01', 'HIGH', 'OPEN', ?, ?, 0)""",
                review, incident, READER, at, at);
        long item = jdbc.queryForObject("select max(id) from action_item", Long.class);
        portal(jdbc, "update:" + update + ":" + READER + ":in_portal", update, incident,
                "INC-" + incident + " · Causa identificada: MX-7 relay", "Estado: Causa identificada\n\nEl relé...");
        portal(jdbc, "review-invite:" + review + ":" + READER + ":portal", null, null,
                "Revisión post-incidente de INC-" + incident, "Participó en ...");
        portal(jdbc, "action-reminder:" + item + ":OVERDUE:2026-12-01:portal", null, null,
                "Acción vencida: Rotate journals", "Su acción ...");
        portal(jdbc, "sign-in-locked:ana@demo.local:2026-12-07T05:00:00Z:" + READER + ":portal", null, null,
                "Bloqueo antiguo", "Texto antiguo");
        return incident;
    }

    private static void portal(JdbcTemplate jdbc, String key, Long update, Long incident, String subject,
            String text) {
        Timestamp at = Timestamp.from(AT);
        jdbc.update("""
                insert into outbox_message (dedupe_key, update_id, incident_id, recipient_id, recipient, channel, language,
                    subject, body_text, status, attempts, next_attempt_at, created_at, sent_at, version)
                values (?, ?, ?, ?, 'ana@demo.local', 'IN_PORTAL', 'es', ?, ?, 'SENT', 0, ?, ?, ?, 0)""",
                key, update, incident, READER, subject, text, at, at, at);
    }
}
