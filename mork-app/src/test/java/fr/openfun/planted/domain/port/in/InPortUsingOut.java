package fr.openfun.planted.domain.port.in;

/** Violates rule 6a. */
public interface InPortUsingOut {
  fr.openfun.planted.domain.port.out.OutPort out();
}
