package uk.lscb.cse.support

import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.security.KeyStore

/**
 * A certificate for 127.0.0.1, made by the JDK's keytool when a fake first needs it (nothing is
 * committed), and trusted from then on by every HTTPS client this JVM builds, beside the JDK's own
 * authorities: azure-identity fetches tokens over HTTPS only.
 */
class SelfSignedTls {
    private static final char[] PASSWORD = 'fake-microsoft'.toCharArray()
    private static final KeyStore KEYS = generate()
    /** For a fake server: presents the certificate. */
    static final SSLContext SERVER = server()

    static {
        trustInThisJvm()
    }

    private static KeyStore generate() {
        Path dir = Files.createTempDirectory('self-signed-tls')
        Path file = dir.resolve('fake.p12')
        String keytool = Paths.get(System.getProperty('java.home'), 'bin', 'keytool').toString()
        Process process = new ProcessBuilder(keytool, '-genkeypair', '-alias', 'fake', '-keyalg', 'EC', '-groupname', 'secp256r1',
                '-dname', 'CN=127.0.0.1', '-ext', 'san=ip:127.0.0.1,dns:localhost', '-validity', '2', '-storetype', 'PKCS12',
                '-keystore', file.toString(), '-storepass', new String(PASSWORD), '-keypass', new String(PASSWORD))
                .redirectErrorStream(true).start()
        String output = process.inputStream.text
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool could not make a certificate: $output")
        }
        KeyStore keys = KeyStore.getInstance('PKCS12')
        Files.newInputStream(file).withCloseable { keys.load(it, PASSWORD) }
        Files.delete(file)
        Files.delete(dir)
        keys
    }

    private static SSLContext server() {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.defaultAlgorithm)
        keyManagers.init(KEYS, PASSWORD)
        SSLContext context = SSLContext.getInstance('TLS')
        context.init(keyManagers.keyManagers, null, null)
        context
    }

    // The default context, which clients built from now on use (the JDK HttpClient among them).
    private static void trustInThisJvm() {
        TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        jdk.init((KeyStore) null)
        KeyStore trusted = KeyStore.getInstance(KeyStore.defaultType)
        trusted.load(null, null)
        jdk.trustManagers.findAll { it instanceof X509TrustManager }*.acceptedIssuers.flatten()
                .eachWithIndex { certificate, i -> trusted.setCertificateEntry("jdk-$i", certificate) }
        trusted.setCertificateEntry('fake', KEYS.getCertificate('fake'))
        TrustManagerFactory both = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        both.init(trusted)
        SSLContext context = SSLContext.getInstance('TLS')
        context.init(null, both.trustManagers, null)
        SSLContext.default = context
    }
}
