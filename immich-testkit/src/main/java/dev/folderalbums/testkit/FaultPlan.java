package dev.folderalbums.testkit;

import java.util.List;

/**
 * Faults the fake injects, drawn from a seeded random source per request.
 *
 * @param seed the random seed
 * @param errorRate share of requests answered with one of {@code errorStatuses} (0 to 1)
 * @param errorStatuses the statuses to answer with
 * @param resetRate share of requests whose connection is reset
 * @param latencyMillis latency added to every request
 * @param spikeRate share of requests with an extra {@code spikeMillis} of latency
 * @param spikeMillis the spike
 * @param lostResponseRate share of requests that the server carries out but whose answer is lost (the connection
 *     resets after the work is done): the ambiguous failure that makes blind retries duplicate things
 */
public record FaultPlan(long seed, double errorRate, List<Integer> errorStatuses, double resetRate, int latencyMillis,
    double spikeRate, int spikeMillis, double lostResponseRate) {

  /** No faults. */
  public static final FaultPlan NONE = new FaultPlan(0, 0, List.of(), 0, 0, 0, 0, 0);

  /** The plan without lost responses. */
  public FaultPlan(long seed, double errorRate, List<Integer> errorStatuses, double resetRate, int latencyMillis,
      double spikeRate, int spikeMillis) {
    this(seed, errorRate, errorStatuses, resetRate, latencyMillis, spikeRate, spikeMillis, 0);
  }

  /** Copies the list. */
  public FaultPlan {
    errorStatuses = List.copyOf(errorStatuses);
  }

  /**
   * @param seed seed
   * @param rate share of requests answered with a random one of 500, 502, 503
   * @return a plan of server errors only
   */
  public static FaultPlan serverErrors(long seed, double rate) {
    return new FaultPlan(seed, rate, List.of(500, 502, 503), 0, 0, 0, 0, 0);
  }

  /** @param millis fixed latency @return this plan with that latency */
  public FaultPlan withLatency(int millis) {
    return new FaultPlan(seed, errorRate, errorStatuses, resetRate, millis, spikeRate, spikeMillis, lostResponseRate);
  }

  /** @param rate share of resets @return this plan with connection resets */
  public FaultPlan withResets(double rate) {
    return new FaultPlan(seed, errorRate, errorStatuses, rate, latencyMillis, spikeRate, spikeMillis,
        lostResponseRate);
  }

  /** @param rate share of spikes @param millis spike length @return this plan with latency spikes */
  public FaultPlan withSpikes(double rate, int millis) {
    return new FaultPlan(seed, errorRate, errorStatuses, resetRate, latencyMillis, rate, millis, lostResponseRate);
  }

  /** @param rate share of requests carried out whose answer is then lost @return this plan with lost answers */
  public FaultPlan withLostResponses(double rate) {
    return new FaultPlan(seed, errorRate, errorStatuses, resetRate, latencyMillis, spikeRate, spikeMillis, rate);
  }
}
