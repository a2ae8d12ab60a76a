package dev.folderalbums.benchmarks;

import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.Generation;
import java.util.Map;

/**
 * A fake Immich seeded as the end-to-end benchmark seeds it, serving until stopped: for profiling the tool by hand
 * (class-loading logs, flight recordings, strace). Prints the API address and the user's key.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.folderalbums.benchmarks.FakeServer [--assets N]
 * [--latency MS] [--albums true]}
 */
public final class FakeServer {
  private FakeServer() {}

  /** @param args see the type's description */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = HarnessArgs.parse(args);
    FakeImmich immich = FakeImmich.start(Generation.V3);
    FakeUser me = immich.addUser("Me", "me@example.com");
    SyncBenchmark.seed(immich, me, Integer.parseInt(a.getOrDefault("--assets", "50")));
    immich.warmUp();
    immich.faults(FaultPlan.NONE.withLatency(Integer.parseInt(a.getOrDefault("--latency", "0"))));
    System.out.println(immich.baseUrl() + " " + me.apiKey());
    Thread.currentThread().join();
  }
}
