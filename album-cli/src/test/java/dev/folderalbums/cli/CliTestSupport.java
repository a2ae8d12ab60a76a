package dev.folderalbums.cli;

import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fake Immich with one user and a library, and a way to run the command against it. */
abstract class CliTestSupport {
  static final List<String> TREE = List.of("/photos/2020/Feb/a.jpg", "/photos/2020/Feb/b.jpg", "/photos/2020/c.jpg",
      "/photos/Birthdays/John/d.jpg", "/photos/g.jpg", "/other/h.jpg");

  FakeImmich immich;
  FakeUser me;
  FakeUser mom;

  record Result(int exit, String out, String err) {}

  @BeforeEach
  void startImmich() {
    immich = FakeImmich.start();
    me = immich.addUser("Me", "me@example.com");
    mom = immich.addUser("Mom", "mom@example.com");
    immich.addAssets(me, TREE);
  }

  @AfterEach
  void stopImmich() {
    immich.close();
  }

  Result run(String... args) {
    return run(Map.of(), Terminal.NONE, args);
  }

  Result run(Map<String, String> env, Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = FolderAlbumsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, terminal,
        new FakeClock(), new AtomicBoolean());
    return new Result(exit, out.toString(), err.toString());
  }

  /** A clock that jumps to each wake-up time at once. */
  static final class FakeClock implements Scheduler.Clock {
    ZonedDateTime now = ZonedDateTime.of(2026, 11, 25, 10, 7, 0, 0, ZoneId.of("UTC"));
    final List<ZonedDateTime> sleeps = new ArrayList<>();

    @Override
    public ZonedDateTime now(ZoneId zone) {
      return now.withZoneSameInstant(zone);
    }

    @Override
    public void sleepUntil(ZonedDateTime until) {
      sleeps.add(until);
      now = until;
    }
  }

  /** A terminal that answers with the given lines. */
  static Terminal answering(String... answers) {
    List<String> queue = new ArrayList<>(List.of(answers));
    return new Terminal() {
      @Override
      public boolean interactive() {
        return true;
      }

      @Override
      public String ask(String prompt) {
        return queue.isEmpty() ? null : queue.remove(0);
      }
    };
  }
}
