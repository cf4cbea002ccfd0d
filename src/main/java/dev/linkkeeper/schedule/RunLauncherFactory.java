package dev.linkkeeper.schedule;

/**
 * Builds the launcher {@code serve} calls for every scheduled or requested run, once at start.
 * The check engine provides it (see {@code cli.ServeCommand#launcherFactory}).
 */
@FunctionalInterface
public interface RunLauncherFactory {
  RunLauncher create(ServeContext context);

  /** Until the engine is wired in: every run fails with a clear reason, the API still answers. */
  RunLauncherFactory UNAVAILABLE = context -> lists -> {
    throw new UnsupportedOperationException("this build has no check engine wired into serve");
  };
}
