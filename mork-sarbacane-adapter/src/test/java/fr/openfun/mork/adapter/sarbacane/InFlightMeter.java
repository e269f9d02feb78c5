package fr.openfun.mork.adapter.sarbacane;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that holds every answer {@code holdMillis} on the server and counts the
 * requests being served at once, and when each arrived ({@link System#nanoTime}).
 */
final class InFlightMeter implements ResponseTransformerV2 {
  private final long holdMillis;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final List<Long> arrivals = new CopyOnWriteArrayList<>();

  InFlightMeter(long holdMillis) {
    this.holdMillis = holdMillis;
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    arrivals.add(System.nanoTime());
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(holdMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
    return response;
  }

  @Override
  public String getName() {
    return "in-flight-meter";
  }

  /** The most requests served at the same time so far. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  /** Arrival times, in nanoseconds, in the order they arrived. */
  List<Long> arrivals() {
    return arrivals.stream().sorted().toList();
  }
}
