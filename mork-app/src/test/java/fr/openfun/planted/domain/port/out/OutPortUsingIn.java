package fr.openfun.planted.domain.port.out;

/** Violates rule 6b. */
public interface OutPortUsingIn {
  fr.openfun.planted.domain.port.in.InPort in();
}
