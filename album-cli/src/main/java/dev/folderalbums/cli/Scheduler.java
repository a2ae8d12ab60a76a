package dev.folderalbums.cli;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job on a cron schedule until stopped. A run that takes longer than the interval makes the scheduler skip
 * the ticks it overlapped, never start a second run beside it.
 */
final class Scheduler {
  private static final Logger LOG = LoggerFactory.getLogger("folder-albums");

  /** Time, replaceable in tests. */
  interface Clock {
    /** @param zone the time zone @return now */
    ZonedDateTime now(ZoneId zone);

    /** @param until when to wake up @throws InterruptedException when stopped */
    void sleepUntil(ZonedDateTime until) throws InterruptedException;
  }

  static final Clock SYSTEM = new Clock() {
    @Override
    public ZonedDateTime now(ZoneId zone) {
      return ZonedDateTime.now(zone);
    }

    @Override
    public void sleepUntil(ZonedDateTime until) throws InterruptedException {
      long millis = until.toInstant().toEpochMilli() - System.currentTimeMillis();
      if (millis > 0) {
        Thread.sleep(millis);
      }
    }
  };

  private final ExecutionTime schedule;
  private final ZoneId zone;
  private final Clock clock;

  Scheduler(String expression, ZoneId zone, Clock clock) {
    this.schedule = ExecutionTime.forCron(parse(expression));
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * @param expression a five-field cron expression
   * @return the parsed expression
   * @throws UsageException naming the option and variable
   */
  static Cron parse(String expression) {
    try {
      Cron cron = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)).parse(expression.trim());
      return cron.validate();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--cron (CRON_EXPRESSION): '" + expression + "' is not a cron expression of five"
          + " fields (minute hour day month weekday), e.g. '0 * * * *': " + e.getMessage());
    }
  }

  /**
   * @param job one run
   * @param runImmediately whether to run once at once
   * @param stopped checked between runs
   * @return the number of runs made
   */
  int run(Runnable job, boolean runImmediately, BooleanSupplier stopped) {
    int runs = 0;
    if (runImmediately && !stopped.getAsBoolean()) {
      job.run();
      runs++;
    }
    while (!stopped.getAsBoolean()) {
      ZonedDateTime now = clock.now(zone);
      Optional<ZonedDateTime> next = schedule.nextExecution(now);
      if (next.isEmpty()) {
        LOG.warn("the cron expression has no further run time; stopping");
        return runs;
      }
      LOG.info("Next run at {}", next.get());
      try {
        clock.sleepUntil(next.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return runs;
      }
      if (stopped.getAsBoolean()) {
        return runs;
      }
      job.run();
      runs++;
    }
    return runs;
  }
}
