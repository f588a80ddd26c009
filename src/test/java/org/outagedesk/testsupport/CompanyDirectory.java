package org.outagedesk.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
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

    private CompanyDirectory() throws LDAPException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setSchema(null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, null));
        server = new InMemoryDirectoryServer(config);
        try (InputStream ldif = CompanyDirectory.class.getResourceAsStream("/directory/company.ldif")) {
            server.importFromLDIF(true, new LDIFReader(ldif));
        }
        server.startListening();
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

    /** Changes an entry's attribute, as IT would in the directory (e.g. removing someone from a group). */
    public void replace(String dn, String attribute, String... values) {
        try {
            server.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory refused the change of " + dn, e);
        }
    }
}
