package org.outagedesk.probe.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.incident.MailService;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeException;
import org.outagedesk.probe.TlsMode;

/** A mail endpoint to probe; guards its own settings. */
@Entity
@Table(name = "probe_endpoint")
class Endpoint {

    static final int MIN_INTERVAL_SECONDS = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MailProtocol protocol;

    private String host;
    private int port;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tls_mode")
    private TlsMode tls;

    private String username;
    private String secretCipher;
    @Column(name = "secret_env")
    private String secretEnvironmentVariable;
    private int intervalSeconds;
    private boolean enabled;
    private Long roundTripViaId;
    private String roundTripAddress;
    private String services;
    private boolean demo;
    private Instant createdAt;

    @Version
    private long version;

    protected Endpoint() {}

    Endpoint(EndpointDraft draft, SecretBox secrets, boolean demo, Instant now) {
        this.demo = demo;
        this.createdAt = now;
        apply(draft, secrets);
    }

    /** Takes the draft's values; the password only when one is given or cleared. */
    void apply(EndpointDraft draft, SecretBox secrets) {
        name = required(draft.name(), "probe.error.name-required", 100);
        host = required(draft.host(), "probe.error.host-required", 255);
        if (draft.protocol() == null || draft.tls() == null) {
            throw new ProbeException("probe.error.protocol-required");
        }
        protocol = draft.protocol();
        tls = draft.tls();
        if (draft.port() < 1 || draft.port() > 65535) {
            throw new ProbeException("probe.error.port");
        }
        port = draft.port();
        if (draft.intervalSeconds() < MIN_INTERVAL_SECONDS) {
            throw new ProbeException("probe.error.interval");
        }
        intervalSeconds = draft.intervalSeconds();
        username = blankToNull(draft.username());
        secretEnvironmentVariable = blankToNull(draft.passwordEnvironmentVariable());
        if (draft.clearPassword()) {
            secretCipher = null;
        } else if (draft.password() != null && !draft.password().isEmpty()) {
            secretCipher = secrets.encrypt(draft.password());
        }
        enabled = draft.enabled();
        roundTripAddress = blankToNull(draft.roundTripAddress());
        roundTripViaId = protocol.sends() ? draft.roundTripViaId() : null;
        if (roundTripViaId != null && roundTripAddress == null) {
            throw new ProbeException("probe.error.round-trip-address");
        }
        Set<MailService> chosen = draft.services() == null || draft.services().isEmpty() ? defaultServices()
                : draft.services();
        services = MailService.join(chosen);
    }

    private Set<MailService> defaultServices() {
        return protocol.sends() ? EnumSet.of(MailService.OUTBOUND_SMTP) : EnumSet.of(MailService.IMAP_POP);
    }

    /** The demo server moved to other ports (a new start of the embedded default). */
    void moveTo(String newHost, int newPort) {
        host = newHost;
        port = newPort;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean enabled() {
        return enabled;
    }

    boolean demo() {
        return demo;
    }

    int intervalSeconds() {
        return intervalSeconds;
    }

    Long roundTripViaId() {
        return roundTripViaId;
    }

    long version() {
        return version;
    }

    /** Where to probe, with the password decrypted or read from the environment. */
    ProbeTarget target(SecretBox secrets) {
        String password = secretCipher != null ? secrets.decrypt(secretCipher)
                : secretEnvironmentVariable != null ? System.getenv(secretEnvironmentVariable) : null;
        return new ProbeTarget(protocol, host, port, tls, username, password);
    }

    MailEndpoint view() {
        Set<MailService> set = MailService.parse(services);
        return new MailEndpoint(id, name, protocol, host, port, tls, username, secretCipher != null,
                secretEnvironmentVariable, intervalSeconds, enabled, roundTripViaId, roundTripAddress, set, demo,
                version);
    }

    private static String required(String value, String key, int max) {
        if (value == null || value.isBlank()) {
            throw new ProbeException(key);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ProbeException("probe.error.too-long", max);
        }
        return stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
