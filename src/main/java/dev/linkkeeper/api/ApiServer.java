package dev.linkkeeper.api;

import com.sun.net.httpserver.HttpServer;
import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK's HTTP server with a small pool of daemon threads, answering through one {@link Router}. */
final class ApiServer implements AutoCloseable {
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService pool;

  private ApiServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  static {
    // the JDK server waits for slow clients forever by default: a few could hold every thread
    System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
    System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "120"));
  }

  static ApiServer start(String bind, int port, Router router) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 0);
    } catch (IOException e) {
      throw new ConfigException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "linkkeeper-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", router);
    server.start();
    return new ApiServer(server, pool);
  }

  int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops at once: answers are short, and waiting would mostly wait for idle keep-alive
   * connections. The running check is what a stop waits for (see CheckScheduler#close).
   */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
