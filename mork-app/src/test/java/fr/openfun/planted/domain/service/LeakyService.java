package fr.openfun.planted.domain.service;

/** Violates rule 4a: a domain class depends on an adapter. */
public class LeakyService {
  fr.openfun.planted.adapter.beta.BetaThing thing;
}
