package dev.linkkeeper.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback server that answers every connection with bytes we write by hand: for answers
 * no well-behaved server library would send (a lying Content-Length, garbage).
 */
public final class RawServer implements AutoCloseable {
  /** Writes the answer; the request head has been read already. */
  @FunctionalInterface
  public interface Handler {
    void answer(Socket socket) throws IOException;
  }

  private final ServerSocket server;
  private final Thread thread;

  public RawServer(Handler handler) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          readHead(s.getInputStream());
          handler.answer(s);
        } catch (IOException e) {
          // the client hung up: expected when it stops reading at its cap
        }
      }
    }, "raw-server");
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  /** A port nothing listens on: connecting to it is refused. */
  public static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
