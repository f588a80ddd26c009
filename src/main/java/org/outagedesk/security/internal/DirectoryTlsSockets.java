package org.outagedesk.security.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS sockets to the directory that trust the certificates of {@code outagedesk.directory.ldap.trust-store}
 * (the domain controllers' CA) instead of the JVM's. JNDI creates LDAPS sockets through a factory
 * class named in its environment, by its static {@code getDefault()}, hence the one trust held here.
 */
public final class DirectoryTlsSockets extends SSLSocketFactory {

    private static volatile SSLSocketFactory trusted = (SSLSocketFactory) SSLSocketFactory.getDefault();

    private DirectoryTlsSockets() {}

    /** Trusts the certificates of this store (PKCS #12 or JKS) for every later directory connection. */
    static SSLSocketFactory trust(Path store, String password) {
        try {
            KeyStore keys = KeyStore.getInstance(store.toFile(), password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            trusted = context.getSocketFactory();
            return trusted;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The directory trust store " + store + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Called by JNDI for each LDAPS connection. */
    public static SocketFactory getDefault() {
        return new DirectoryTlsSockets();
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return trusted.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return trusted.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return trusted.createSocket();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return trusted.createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return trusted.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return trusted.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return trusted.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return trusted.createSocket(address, port, localAddress, localPort);
    }
}
