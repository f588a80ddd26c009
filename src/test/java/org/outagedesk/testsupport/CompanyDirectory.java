package org.outagedesk.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * The company's Active Directory in the tests: UnboundID's in-memory LDAP server (a real LDAP
 * server over TCP) loaded from {@code directory/company.ldif}, AD-like entries with schema
 * checking off (sAMAccountName, memberOf, userAccountControl, binary objectGUID), behind a
 * {@link TcpProxy} a test can cut to take the directory down. One per test JVM.
 */
public final class CompanyDirectory {

    public static final String BASE_DN = "DC=corp,DC=example";
    public static final String SERVICE_DN = "CN=svc-outagedesk,OU=Service," + BASE_DN;
    public static final String SERVICE_PASSWORD = "service-secret";
    public static final String USER_FILTER = "(&(objectClass=user)(|(sAMAccountName={0})(userPrincipalName={0})))";

    private static CompanyDirectory instance;

    private final InMemoryDirectoryServer server;
    private final TcpProxy proxy;
    private volatile SearchWatcher searchWatcher;

    private CompanyDirectory() throws LDAPException, IOException {
        server = start(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null),
                new InMemoryOperationInterceptor() {
                    @Override
                    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
                        SearchWatcher watcher = searchWatcher;
                        if (watcher != null) {
                            watcher.see(request);
                        }
                    }
                });
        proxy = new TcpProxy("127.0.0.1", server.getListenPort());
    }

    public static synchronized CompanyDirectory shared() {
        if (instance == null) {
            try {
                instance = new CompanyDirectory();
            } catch (LDAPException | IOException e) {
                throw new IllegalStateException("The test LDAP directory did not start", e);
            }
        }
        return instance;
    }

    /** The directory through the proxy, as the application reaches it. */
    public String url() {
        return "ldap://127.0.0.1:" + proxy.port();
    }

    /**
     * Shows every search request the directory receives to the watcher ({@code null}: none) before
     * the directory answers it; the watcher may answer it itself (entries, then an LDAPException
     * carrying the result), as a directory with abilities this one lacks would.
     */
    public void interceptSearches(SearchWatcher watcher) {
        this.searchWatcher = watcher;
    }

    @FunctionalInterface
    public interface SearchWatcher {
        void see(InMemoryInterceptedSearchRequest search) throws LDAPException;
    }

    /** Takes the directory off the network: open connections drop, new ones are refused. */
    public void cut() {
        proxy.cut();
    }

    public void restore() {
        proxy.restore();
    }

    /** The application's directory settings for this server, as {@code outagedesk.*} properties. */
    public Map<String, String> properties() {
        return Map.ofEntries(
                Map.entry("outagedesk.directory.ldap.url", url()),
                Map.entry("outagedesk.directory.ldap.base-dn", BASE_DN),
                Map.entry("outagedesk.directory.ldap.user-search-base", "OU=People"),
                Map.entry("outagedesk.directory.ldap.user-search-filter", USER_FILTER),
                Map.entry("outagedesk.directory.ldap.bind-dn", SERVICE_DN),
                Map.entry("outagedesk.directory.ldap.bind-password", SERVICE_PASSWORD),
                Map.entry("outagedesk.directory.ldap.timeout", "2s"),
                Map.entry("outagedesk.directory.role-groups.IT_STAFF[0]", "IT Staff"),
                Map.entry("outagedesk.directory.role-groups.MANAGER[0]", "CN=Service Managers,OU=Groups," + BASE_DN),
                Map.entry("outagedesk.directory.role-groups.ADMIN[0]", "Domain Admins"),
                Map.entry("outagedesk.directory.role-groups.ADMIN[1]", "Portal Admins"));
    }

    /** The same directory over LDAPS, with its certificate and a trust store holding it. */
    public record Ldaps(String url, String trustStore, String trustStorePassword) {}

    /**
     * Starts the same directory listening for LDAPS only, with a self-signed certificate for
     * 127.0.0.1 made by the JDK's keytool, and writes a trust store that holds that certificate.
     */
    public static Ldaps startLdaps(Path folder) throws Exception {
        Certificate certificate = Certificate.make(folder);
        InMemoryDirectoryServer ldaps = start(InMemoryListenerConfig.createLDAPSConfig("ldaps",
                InetAddress.getLoopbackAddress(), 0, certificate.serverTls().createSSLServerSocketFactory(), null), null);
        return new Ldaps("ldaps://127.0.0.1:" + ldaps.getListenPort(), certificate.trustStore(), certificate.password());
    }

    /**
     * The same directory on a plain {@code ldap://} port that offers StartTLS with such a
     * certificate, behind a relay that keeps what the application sent over the network.
     */
    public record StartTls(String url, String trustStore, String trustStorePassword, TcpProxy wire) {}

    public static StartTls startStartTls(Path folder) throws Exception {
        Certificate certificate = Certificate.make(folder);
        InMemoryDirectoryServer server = start(InMemoryListenerConfig.createLDAPConfig("ldap",
                InetAddress.getLoopbackAddress(), 0, certificate.serverTls().createSSLSocketFactory()), null);
        TcpProxy wire = new TcpProxy("127.0.0.1", server.getListenPort());
        return new StartTls("ldap://127.0.0.1:" + wire.port(), certificate.trustStore(), certificate.password(), wire);
    }

    private static InMemoryDirectoryServer start(InMemoryListenerConfig listener, InMemoryOperationInterceptor interceptor)
            throws LDAPException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setSchema(null);
        config.setListenerConfigs(listener);
        if (interceptor != null) {
            config.addInMemoryOperationInterceptor(interceptor);
        }
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        try (InputStream ldif = CompanyDirectory.class.getResourceAsStream("/directory/company.ldif")) {
            server.importFromLDIF(true, new LDIFReader(ldif));
        }
        server.startListening();
        return server;
    }

    /** A self-signed certificate for 127.0.0.1 made by the JDK's keytool, and a trust store holding it. */
    private record Certificate(SSLUtil serverTls, String trustStore, String password) {

        static Certificate make(Path folder) throws Exception {
            Path keyStore = folder.resolve("directory.p12");
            Path trustStore = folder.resolve("directory-trust.p12");
            String password = "directory-tls";
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(keytool, "-genkeypair", "-alias", "directory", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", password);
            run(keytool, "-exportcert", "-alias", "directory", "-keystore", keyStore.toString(), "-storepass", password,
                    "-file", folder.resolve("directory.crt").toString());
            run(keytool, "-importcert", "-noprompt", "-alias", "directory", "-file",
                    folder.resolve("directory.crt").toString(), "-storetype", "PKCS12", "-keystore",
                    trustStore.toString(), "-storepass", password);
            SSLUtil serverTls = new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(), password.toCharArray(), "PKCS12",
                    "directory"), null);
            return new Certificate(serverTls, trustStore.toString(), password);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Deletes an entry, as IT would when someone leaves; answers it, to be put back with {@link #add}. */
    public Entry delete(String dn) {
        try {
            Entry entry = server.getEntry(dn);
            server.delete(dn);
            return entry;
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory refused to delete " + dn, e);
        }
    }

    public void add(Entry entry) {
        try {
            server.add(entry);
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory refused to add " + entry.getDN(), e);
        }
    }

    /** Changes an entry's attribute, as IT would in the directory (e.g. removing someone from a group). */
    public void replace(String dn, String attribute, String... values) {
        try {
            server.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory refused the change of " + dn, e);
        }
    }
}
