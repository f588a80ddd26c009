package org.outagedesk.security.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.outagedesk.security.DirectoryProperties;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;

/**
 * Connections to the LDAP directory as configured: the URLs tried in turn, the service account, the
 * timeouts, TLS (LDAPS, or StartTLS before any bind) against the configured trust store, and the
 * stable-id attribute read as binary.
 */
final class LdapConnections {

    private LdapConnections() {}

    static DefaultSpringSecurityContextSource contextSource(DirectoryProperties.Ldap ldap) {
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(
                Arrays.asList(ldap.url().strip().split("\\s+")), ldap.baseDn());
        if (!ldap.bindDn().isBlank()) {
            source.setUserDn(ldap.bindDn());
            source.setPassword(ldap.bindPassword());
        }
        Map<String, Object> environment = new HashMap<>(Map.of(
                "com.sun.jndi.ldap.connect.timeout", Long.toString(ldap.timeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout", Long.toString(ldap.timeout().toMillis())));
        if (!ldap.attributes().id().isBlank()) {
            environment.put("java.naming.ldap.attributes.binary", ldap.attributes().id());
        }
        SSLSocketFactory tls = null;
        if (!ldap.trustStore().isBlank()) {
            tls = DirectoryTlsSockets.trust(Path.of(ldap.trustStore()), ldap.trustStorePassword());
            // JNDI makes every socket with this factory: for ldap:// it would speak TLS at once
            // instead of StartTLS, so only LDAPS uses it.
            if (ldap.url().strip().toLowerCase(Locale.ROOT).startsWith("ldaps:")) {
                environment.put("java.naming.ldap.factory.socket", DirectoryTlsSockets.class.getName());
            }
        }
        if (ldap.startTls()) {
            DefaultTlsDirContextAuthenticationStrategy startTls = new DefaultTlsDirContextAuthenticationStrategy();
            if (tls != null) {
                startTls.setSslSocketFactory(tls);
            }
            source.setAuthenticationStrategy(startTls);
        }
        // A connection per use: a pooled one left over from before a directory restart would fail
        // the next sign-in with "not answering" although the directory is back.
        source.setPooled(false);
        source.setBaseEnvironmentProperties(environment);
        source.afterPropertiesSet();
        return source;
    }
}
