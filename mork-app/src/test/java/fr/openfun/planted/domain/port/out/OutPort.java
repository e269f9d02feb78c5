package fr.openfun.planted.domain.port.out;

/** An out-port. */
public interface OutPort {
  void save();
}
