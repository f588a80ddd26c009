package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.testsupport.ReaderLanguage.ENGLISH;
import static org.outagedesk.testsupport.ReaderLanguage.SPANISH;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.testsupport.ReaderLanguage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V14 on a database holding the timeline texts written before: checklist steps, posted updates and
 * monitoring reports become messages read in each reader's language; what it cannot read stays as
 * written. Run on H2 (MariaDB mode) and on MariaDB by the subclasses.
 */
abstract class TimelineMessagesMigrationContract {

    private static final Instant AT = Instant.parse("2026-12-07T04:43:00Z");
    private static final String LOGS_ES = "Revisar la configuración del servidor de correo";

    /** A fresh, empty database. */
    abstract DriverManagerDataSource database();

    private JdbcTemplate jdbc;

    private Flyway flyway(DriverManagerDataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new TimelineMessagesMigration()).target(target).load();
    }

    private long entry(long incidentId, TimelineKind kind, String note) {
        jdbc.update("""
                insert into incident_timeline (incident_id, occurred_at, actor_id, actor_name, kind, note)
                values (?, ?, 4, 'Ana Ruiz', ?, ?)""", incidentId, Timestamp.from(AT), kind.name(), note);
        return jdbc.queryForObject("select max(id) from incident_timeline", Long.class);
    }

    private TimelineItem read(long id) {
        Map<String, Object> row = jdbc.queryForMap("select * from incident_timeline where id = ?", id);
        return new TimelineItem(id, AT, 4, "Ana Ruiz", TimelineKind.valueOf((String) row.get("kind")),
                (String) row.get("field"), null, (String) row.get("after_value"), (String) row.get("note"), null,
                TimelineMessage.fromJson((String) row.get("message")).orElse(null));
    }

    private static String english(TimelineItem item) {
        return ReaderLanguage.timelineText(ENGLISH, ZoneId.of("Europe/Madrid")).sentence(item);
    }

    private static String spanish(TimelineItem item) {
        return ReaderLanguage.timelineText(SPANISH, ZoneId.of("Europe/Madrid")).sentence(item);
    }

    @Test
    void legacyTimelineTextsBecomeMessagesAndWhatCannotBeReadStaysAsWritten() {
        DriverManagerDataSource database = database();
        jdbc = new JdbcTemplate(database);
        flyway(database, "13").migrate();
        jdbc.update("""
                insert into incident (title, scope, severity, phase, state, public_status, report_count, created_at,
                    updated_at, version) values ('Relay down', 'ALL_USERS', 'SEV1', 'FIX', 'OPEN', 'INVESTIGATING', 0,
                    ?, ?, 0)""", Timestamp.from(AT), Timestamp.from(AT));
        long incident = jdbc.queryForObject("select max(id) from incident", Long.class);
        Map<String, Object> template = jdbc.queryForMap("""
                select id, name_es, name_en, version_no from runbook_template
                where template_key = 'mail-outage' and version_no = 1""");
        long logs = jdbc.queryForObject("select id from runbook_template_item where template_id = ? and title_es = ?",
                Long.class, template.get("id"), LOGS_ES);
        jdbc.update("insert into runbook_run (incident_id, template_id, started_at, started_by_name, version) "
                + "values (?, ?, ?, 'Ana Ruiz', 0)", incident, template.get("id"), Timestamp.from(AT));
        long run = jdbc.queryForObject("select max(id) from runbook_run", Long.class);
        jdbc.update("insert into runbook_run_item (run_id, template_item_id, state, updated_at, version) "
                + "values (?, ?, 'DONE', ?, 0)", run, logs, Timestamp.from(AT));
        long runItem = jdbc.queryForObject("select max(id) from runbook_run_item", Long.class);
        jdbc.update("""
                insert into incident_update (incident_id, kind, audience, status, message, posted_at, posted_by_id,
                    posted_by_name) values (?, 'UPDATE', 'PUBLIC', 'INVESTIGATING', 'Mail is slow', ?, 4, 'Ana Ruiz'),
                    (?, 'SUMMARY', 'PUBLIC', 'RESOLVED', 'All fixed', ?, 4, 'Ana Ruiz')""",
                incident, Timestamp.from(AT), incident, Timestamp.from(AT));

        long done = entry(incident, TimelineKind.RUNBOOK, "✓ 3.5 " + LOGS_ES);
        long note = entry(incident, TimelineKind.RUNBOOK, "✎ 3.5 " + LOGS_ES + ": Disco lleno en /var");
        long assigned = entry(incident, TimelineKind.RUNBOOK, "→ Ana Ruiz 3.5 " + LOGS_ES);
        long signed = entry(incident, TimelineKind.RUNBOOK, "✍ 1/2 3.5 " + LOGS_ES);
        long action = entry(incident, TimelineKind.RUNBOOK, "⚙ RESTART mx1 postfix → SUCCESS");
        long chosen = entry(incident, TimelineKind.RUNBOOK, "⇄ " + template.get("name_es") + " / "
                + template.get("name_en") + " v1");
        long unknownItem = entry(incident, TimelineKind.RUNBOOK, "✓ 9.9 Algo que no existe");
        long update = entry(incident, TimelineKind.NOTE, "PUBLIC update: Mail is slow");
        long summary = entry(incident, TimelineKind.NOTE, "Summary: All fixed");
        long typedNote = entry(incident, TimelineKind.NOTE, "PUBLIC update: typed by a person");
        long monitoring = entry(incident, TimelineKind.MONITORING, """
                Alertmanager: 1 firing (1 new), 0 resolved.
                • FIRING: SMTP mx1 [smtp, critical] since 2026-12-07T04:40:00Z http://alerts.example/1""");
        long oddMonitoring = entry(incident, TimelineKind.MONITORING, "Something else entirely");

        flyway(database, "latest").migrate();

        assertThat(english(read(done))).isEqualTo("marked 3.5 Review the mail server configuration as done");
        assertThat(spanish(read(done))).isEqualTo("marcó 3.5 " + LOGS_ES + " como hecho");
        assertThat(read(done).after()).as("the run item").isEqualTo(String.valueOf(runItem));
        assertThat(english(read(note)))
                .isEqualTo("added a note to 3.5 Review the mail server configuration: Disco lleno en /var");
        assertThat(english(read(assigned))).isEqualTo("assigned 3.5 Review the mail server configuration to Ana Ruiz");
        assertThat(english(read(signed)))
                .isEqualTo("signed off 3.5 Review the mail server configuration (signature 1 of 2)");
        assertThat(english(read(action))).isEqualTo("recorded the action Restart on mx1 postfix: Success");
        assertThat(spanish(read(chosen))).startsWith("cambió la lista de comprobación a " + template.get("name_es"));
        assertThat(english(read(chosen))).startsWith("switched the checklist to " + template.get("name_en"));
        assertThat(read(unknownItem).message()).isNull();
        assertThat(english(read(unknownItem))).isEqualTo("worked on the checklist: ✓ 9.9 Algo que no existe");
        assertThat(read(update).kind()).isEqualTo(TimelineKind.STATUS_UPDATE);
        assertThat(english(read(update))).isEqualTo("posted a public update: Mail is slow");
        assertThat(spanish(read(summary))).isEqualTo("publicó el resumen de la resolución: All fixed");
        assertThat(read(typedNote).kind()).as("no update was posted with this text").isEqualTo(TimelineKind.NOTE);
        assertThat(read(typedNote).note()).isEqualTo("PUBLIC update: typed by a person");
        assertThat(english(read(monitoring))).isEqualTo("reported from Alertmanager: 1 firing (1 new), 0 resolved: "
                + "Firing since Dec 7, 2026, 5:40\u202fAM: SMTP mx1 [smtp, critical] http://alerts.example/1");
        assertThat(read(oddMonitoring).message()).isNull();
        assertThat(read(oddMonitoring).note()).isEqualTo("Something else entirely");
        for (long id : new long[] {done, assigned, signed, action, chosen, update, summary, monitoring}) {
            ReaderLanguage.assertReadsIn(ENGLISH, english(read(id)).replace("Ana Ruiz", "").replace(
                    "Mail is slow", "").replace("All fixed", ""), TimelineKind.values());
        }
    }
}
