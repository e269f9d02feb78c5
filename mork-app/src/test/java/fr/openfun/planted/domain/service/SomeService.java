package fr.openfun.planted.domain.service;

/** A domain service, used where it must not be. */
public class SomeService {
  public void run() {}
}
