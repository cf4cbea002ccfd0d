package dev.linkkeeper.fetch;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JDK's trusted roots plus extra PEM certificates (a corporate TLS-inspecting proxy's CA),
 * added to, never replacing, the defaults.
 */
public final class TrustAnchors {
  private TrustAnchors() {}

  /** The JDK default trust manager, or one trusting the defaults and every certificate in the PEM files. */
  public static X509TrustManager withExtra(List<Path> pemFiles) {
    try {
      X509TrustManager defaults = trustManager(null);
      if (pemFiles.isEmpty()) return defaults;
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate cert : defaults.getAcceptedIssuers()) {
        store.setCertificateEntry("default-" + n++, cert);
      }
      for (Path pem : pemFiles) {
        for (Certificate cert : read(pem)) {
          store.setCertificateEntry("extra-" + n++, cert);
        }
      }
      return trustManager(store);
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigException("cannot set up TLS trust: " + e.getMessage());
    }
  }

  private static Collection<? extends Certificate> read(Path pem) throws IOException {
    try (InputStream in = Files.newInputStream(pem)) {
      Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) throw new ConfigException("ca cert " + pem + ": no certificate in it");
      return certs;
    } catch (NoSuchFileException e) {
      throw new ConfigException("ca cert " + pem + ": file not found");
    } catch (CertificateException e) {
      throw new ConfigException("ca cert " + pem + ": not a PEM certificate");
    }
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    for (TrustManager tm : tmf.getTrustManagers()) {
      if (tm instanceof X509TrustManager x) return x;
    }
    throw new GeneralSecurityException("no X509 trust manager");
  }
}
