package dev.linkkeeper.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A loopback TLS server presenting a given certificate and answering by hand: for handshakes
 * that must fail (self-signed, expired, wrong name) and for HTTP/2 frames written byte by byte
 * (ALPN {@code h2}), which no JDK server speaks.
 */
public final class RawTlsServer implements AutoCloseable {
  private final SSLServerSocket server;

  /**
   * @param protocols ALPN protocols offered, e.g. {@code "h2"}; none for plain HTTP/1.1
   * @param handler writes the answer once the handshake is done (the request is not read)
   */
  public RawTlsServer(HeldCertificate certificate, RawServer.Handler handler, String... protocols) throws IOException {
    HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    server = (SSLServerSocket) certs.sslContext().getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    if (protocols.length > 0) {
      SSLParameters params = server.getSSLParameters();
      params.setApplicationProtocols(protocols);
      server.setSSLParameters(params);
    }
    Thread thread = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          ((SSLSocket) s).startHandshake();
          handler.answer(s);
        } catch (IOException e) {
          // a refused handshake or a client hanging up: expected here
        }
      }
    }, "raw-tls-server");
    thread.setDaemon(true);
    thread.start();
  }

  public String url(String host, String path) {
    return "https://" + host + ":" + server.getLocalPort() + path;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
