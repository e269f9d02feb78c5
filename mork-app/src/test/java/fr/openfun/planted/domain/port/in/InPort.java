package fr.openfun.planted.domain.port.in;

/** An in-port. */
public interface InPort {
  void act();
}
