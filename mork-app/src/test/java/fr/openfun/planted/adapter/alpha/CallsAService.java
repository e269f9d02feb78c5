package fr.openfun.planted.adapter.alpha;

/** Violates rules 2 and 4b: an adapter calls a domain service. */
public class CallsAService {
  void call(fr.openfun.planted.domain.service.SomeService service) {
    service.run();
  }
}
