package fr.openfun.planted.adapter.api;

/** Violates rule 7: the API reaches an out-port. */
public class ControllerUsingRepository {
  fr.openfun.planted.domain.port.out.OutPort repository;
}
