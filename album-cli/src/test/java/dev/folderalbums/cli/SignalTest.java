package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** SIGTERM to a real process, as Docker sends it: the command stops with the right code, not after a hang. */
class SignalTest extends CliTestSupport {
  /** Far above the few seconds a stop takes, only so that a hang fails the test instead of blocking the build. */
  private static final long HANG = 60;

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FolderAlbumsCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Process.destroy() would also close the streams the test reads: the signal is sent as Docker sends it. */
  private static void sigterm(Process p) throws Exception {
    assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor()).isZero();
  }

  /** Reads the process's output until a line contains the text; returns everything read. */
  private static CompletableFuture<String> output(Process p, String waitFor, CompletableFuture<Void> seen) {
    return CompletableFuture.supplyAsync(() -> {
      StringBuilder all = new StringBuilder();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          all.append(line).append('\n');
          if (line.contains(waitFor)) {
            seen.complete(null);
          }
        }
      } catch (IOException e) {
        all.append(e);
      }
      seen.complete(null);
      return all.toString();
    });
  }

  @Test
  void sigtermWhileWaitingForTheNextRunStopsWithExitCode0() throws Exception {
    Process p = start("/photos", immich.baseUrl(), me.apiKey(), "-u", "--cron", "0 0 1 1 *");
    CompletableFuture<Void> waiting = new CompletableFuture<>();
    CompletableFuture<String> out = output(p, "Next run at", waiting);
    waiting.get(HANG, TimeUnit.SECONDS);
    sigterm(p);
    assertThat(p.waitFor(HANG, TimeUnit.SECONDS)).as("the process ended").isTrue();
    assertThat(p.exitValue()).as(out.get()).isZero();
    assertThat(out.get()).contains("stopped by a signal while waiting for the next run");
  }

  @Test
  void sigtermDuringARunEndsTheRunAndExitsNonZero() throws Exception {
    immich.addAssets(me, IntStream.range(0, 40).mapToObj(i -> "/photos/Slow" + i + "/x.jpg").toList());
    immich.slowCreates(Duration.ofMillis(300));
    Process p = start("/photos", immich.baseUrl(), me.apiKey(), "-u", "--threads", "1", "--cron", "0 0 1 1 *",
        "--run-immediately", "--no-progress");
    CompletableFuture<Void> started = new CompletableFuture<>();
    CompletableFuture<String> out = output(p, "Planning albums", started);
    started.get(HANG, TimeUnit.SECONDS);
    while (immich.requests().stream().noneMatch(r -> r.method().equals("POST") && r.path().equals("/albums"))) {
      Thread.sleep(10);
    }
    sigterm(p);
    assertThat(p.waitFor(HANG, TimeUnit.SECONDS)).as("the process ended").isTrue();
    assertThat(p.exitValue()).as(out.get()).isEqualTo(1);
    assertThat(out.get()).contains("stopped by a signal during a run");
    assertThat(immich.albums(me).size()).as("the run stopped before its end").isLessThan(40);
  }
}
