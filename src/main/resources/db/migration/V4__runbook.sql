-- SOP checklists: versioned templates and their items, one run per incident with its items,
-- append-only notes and evidence, and the action log. Runs on MariaDB and on H2 in MariaDB mode.

-- One version of a template; editing a template adds a version, runs keep theirs.
CREATE TABLE runbook_template (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_key    VARCHAR(64)  NOT NULL,
    version_no      INT          NOT NULL,
    name_es         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by_name VARCHAR(120) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_runbook_template_version UNIQUE (template_key, version_no)
);

-- The items of a template version, grouped by incident phase (ASSESSMENT ... REVIEW) and ordered.
CREATE TABLE runbook_template_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id     BIGINT        NOT NULL,
    phase           VARCHAR(32)   NOT NULL,
    position        INT           NOT NULL,
    title_es        VARCHAR(300)  NOT NULL,
    title_en        VARCHAR(300)  NOT NULL,
    hint_es         VARCHAR(1000),
    hint_en         VARCHAR(1000),
    required        BOOLEAN       NOT NULL,
    second_verifier BOOLEAN       NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    CONSTRAINT fk_runbook_template_item_template FOREIGN KEY (template_id) REFERENCES runbook_template (id)
);

CREATE TABLE runbook_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id     BIGINT       NOT NULL,
    template_id     BIGINT       NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    started_by_name VARCHAR(120) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_runbook_run_incident UNIQUE (incident_id),
    CONSTRAINT fk_runbook_run_template FOREIGN KEY (template_id) REFERENCES runbook_template (id)
);

CREATE TABLE runbook_run_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT        NOT NULL,
    template_item_id   BIGINT        NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    na_reason          VARCHAR(1000),
    assignee_id        BIGINT,
    assignee_name      VARCHAR(120),
    done_by_id         BIGINT,
    done_by_name       VARCHAR(120),
    done_at            DATETIME(6),
    first_signer_id    BIGINT,
    first_signer_name  VARCHAR(120),
    first_signed_at    DATETIME(6),
    second_signer_id   BIGINT,
    second_signer_name VARCHAR(120),
    second_signed_at   DATETIME(6),
    updated_at         DATETIME(6)   NOT NULL,
    updated_by_name    VARCHAR(120),
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_runbook_run_item_run FOREIGN KEY (run_id) REFERENCES runbook_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_runbook_run_item_template_item FOREIGN KEY (template_item_id) REFERENCES runbook_template_item (id)
);

CREATE INDEX ix_runbook_run_item_run ON runbook_run_item (run_id);

-- Append-only: notes are inserted, never updated or deleted.
CREATE TABLE runbook_item_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_item_id BIGINT        NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(120)  NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_runbook_item_note_item FOREIGN KEY (run_item_id) REFERENCES runbook_run_item (id) ON DELETE CASCADE
);

CREATE INDEX ix_runbook_item_note_item ON runbook_item_note (run_item_id);

-- Evidence: a text, a link, an attached file, or (later) a probe result.
CREATE TABLE runbook_item_evidence (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_item_id  BIGINT        NOT NULL,
    added_at     DATETIME(6)   NOT NULL,
    author_id    BIGINT        NOT NULL,
    author_name  VARCHAR(120)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    text         VARCHAR(4000),
    link         VARCHAR(2000),
    file_name    VARCHAR(255),
    content_type VARCHAR(100),
    content      LONGBLOB,
    CONSTRAINT fk_runbook_item_evidence_item FOREIGN KEY (run_item_id) REFERENCES runbook_run_item (id) ON DELETE CASCADE
);

CREATE INDEX ix_runbook_item_evidence_item ON runbook_item_evidence (run_item_id);

-- Phase 4's structured action log.
CREATE TABLE runbook_action (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id      BIGINT        NOT NULL,
    action_type VARCHAR(32)   NOT NULL,
    target      VARCHAR(300)  NOT NULL,
    started_at  DATETIME(6)   NOT NULL,
    finished_at DATETIME(6),
    outcome     VARCHAR(16)   NOT NULL,
    notes       VARCHAR(4000),
    actor_id    BIGINT        NOT NULL,
    actor_name  VARCHAR(120)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_runbook_action_run FOREIGN KEY (run_id) REFERENCES runbook_run (id) ON DELETE CASCADE
);

CREATE INDEX ix_runbook_action_run ON runbook_action (run_id);

-- The built-in templates: the customer's mail-outage SOP and a lighter single-user checklist.
INSERT INTO runbook_template (template_key, version_no, name_es, name_en, active, created_at, created_by_name, version)
VALUES ('mail-outage', 1, 'Caída del servidor de correo (POE)', 'Mail server outage (SOP)', TRUE, CURRENT_TIMESTAMP(6), 'OutageDesk', 0);
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'ASSESSMENT', 1, 'Confirmar que el servidor de correo está caído y no responde', 'Confirm the mail server is down and not answering', 'Intente conectarse por SMTP, IMAP y webmail; anote qué falla y desde dónde.', 'Try SMTP, IMAP and webmail; note what fails and from where.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'ASSESSMENT', 2, 'Revisar las herramientas de monitorización', 'Check the monitoring tools', 'Alertas, gráficas y comprobaciones: ¿afecta a un usuario, a un grupo o a todos?', 'Alerts, graphs and checks: does it hit one user, a group or everyone?', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'ASSESSMENT', 3, 'Decidir el alcance y la gravedad', 'Decide scope and severity', 'Regístrelos en el incidente; orientan toda la respuesta.', 'Record them on the incident; they shape the whole response.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'COMMUNICATION', 1, 'Informar al equipo de TI', 'Tell the IT team', 'Chat del equipo o teléfono: el correo no está disponible.', 'Team chat or phone: e-mail is down.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'COMMUNICATION', 2, 'Informar a la dirección', 'Tell management', 'Situación, alcance y próxima actualización.', 'Situation, scope and next update.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'COMMUNICATION', 3, 'Informar a los usuarios afectados', 'Tell the affected end users', 'Aviso en el portal o en la intranet: el correo no sirve para avisar.', 'Portal or intranet notice: e-mail cannot carry the news.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'COMMUNICATION', 4, 'Comunicar una hora estimada de resolución', 'Give an estimated time of resolution', 'Si aún no se conoce, indique cuándo se dará la próxima actualización.', 'If unknown yet, say when the next update will come.', FALSE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 1, 'Comprobar la alimentación y el estado del servidor', 'Check server power and health', 'Encendido, CPU, memoria, disco, servicios en marcha.', 'Powered on, CPU, memory, disk, services running.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 2, 'Revisar los registros del servidor', 'Read the server logs', 'Busque errores que revelen la causa; adjunte los extractos relevantes.', 'Look for errors that reveal the cause; attach the relevant excerpts.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 3, 'Probar la conectividad de red desde varios equipos', 'Test network connectivity from several devices', 'Desde distintas redes y sedes, con ping, telnet a los puertos y DNS.', 'From different networks and sites: ping, telnet to the ports, DNS.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 4, 'Revisar los equipos de red (routers, switches)', 'Check network equipment (routers, switches)', 'Estado de enlaces, reglas de cortafuegos y registros.', 'Link state, firewall rules and logs.', FALSE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 5, 'Revisar la configuración del servidor de correo', 'Review the mail server configuration', 'Certificados, dominios, colas, autenticación, espacio.', 'Certificates, domains, queues, authentication, quota.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 6, 'Comprobar cambios y actualizaciones recientes', 'Check recent changes and updates', 'Parches, despliegues o cambios de configuración de los últimos días.', 'Patches, deployments or configuration changes of the last days.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'FIX', 1, 'Aplicar la corrección: reiniciar, parchear o revertir', 'Apply the fix: restart, patch or roll back', 'Registre cada acción con su objetivo, inicio, fin y resultado.', 'Record each action with its target, start, end and outcome.', TRUE, FALSE, 'ACTION_LOG' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'FIX', 2, 'Documentar cada paso realizado', 'Document every step taken', 'Notas y evidencias en los elementos: servirán en la revisión.', 'Notes and evidence on the items: the review will need them.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'VERIFICATION', 1, 'Enviar y recibir correo de prueba', 'Send and receive test mail', 'Interno y externo, en ambos sentidos.', 'Internal and external, both directions.', TRUE, TRUE, 'VERIFICATION' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'VERIFICATION', 2, 'Comprobar los mensajes retrasados o en cola', 'Check delayed and queued messages', 'La cola se vacía y los mensajes retenidos llegan.', 'The queue drains and held messages arrive.', TRUE, TRUE, 'VERIFICATION' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'VERIFICATION', 3, 'Comprobar que todos los servicios de correo funcionan', 'Confirm every mail service works', 'SMTP, IMAP/POP, webmail, móvil y calendario.', 'SMTP, IMAP/POP, webmail, mobile and calendar.', TRUE, TRUE, 'VERIFICATION' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'USER_NOTIFICATION', 1, 'Informar a los usuarios de que el correo funciona', 'Tell users mail works again', 'Con un resumen de la interrupción.', 'With a summary of the outage.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'USER_NOTIFICATION', 2, 'Explicar la causa', 'Explain the cause', 'En palabras que los usuarios entiendan.', 'In words users understand.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'USER_NOTIFICATION', 3, 'Explicar las medidas para evitar que se repita', 'Explain what prevents a repeat', 'Medidas tomadas y previstas.', 'Measures taken and planned.', FALSE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'REVIEW', 1, 'Celebrar la revisión posterior al incidente', 'Hold the post-incident review', 'Con todas las partes: causa raíz, tiempo de respuesta, prevención.', 'With all stakeholders: root cause, response time, prevention.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'REVIEW', 2, 'Registrar las acciones de mejora', 'Record the improvement actions', 'Cada acción con responsable y fecha.', 'Each action with an owner and a date.', FALSE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'mail-outage' AND version_no = 1;
INSERT INTO runbook_template (template_key, version_no, name_es, name_en, active, created_at, created_by_name, version)
VALUES ('single-user', 1, 'Problema de un solo usuario', 'Single-user problem', TRUE, CURRENT_TIMESTAMP(6), 'OutageDesk', 0);
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'ASSESSMENT', 1, 'Confirmar el problema con el usuario', 'Confirm the problem with the user', 'Síntoma, cliente de correo y desde cuándo.', 'Symptom, mail client and since when.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'single-user' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'TROUBLESHOOTING', 1, 'Revisar la cuenta y el cliente del usuario', 'Check the user''s account and client', 'Contraseña, buzón lleno, configuración del cliente.', 'Password, full mailbox, client settings.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'single-user' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'FIX', 1, 'Aplicar la corrección', 'Apply the fix', 'Registre lo que hizo y el resultado.', 'Record what you did and the outcome.', TRUE, FALSE, 'ACTION_LOG' FROM runbook_template WHERE template_key = 'single-user' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'VERIFICATION', 1, 'Comprobar con el usuario que funciona', 'Confirm with the user that it works', 'Envío y recepción de una prueba.', 'Send and receive a test.', TRUE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'single-user' AND version_no = 1;
INSERT INTO runbook_template_item (template_id, phase, position, title_es, title_en, hint_es, hint_en, required, second_verifier, kind)
SELECT id, 'USER_NOTIFICATION', 1, 'Cerrar con el usuario', 'Close with the user', 'Resumen breve de la causa y la solución.', 'A short summary of cause and fix.', FALSE, FALSE, 'CHECK' FROM runbook_template WHERE template_key = 'single-user' AND version_no = 1;
