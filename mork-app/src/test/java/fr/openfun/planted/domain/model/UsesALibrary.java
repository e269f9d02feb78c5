package fr.openfun.planted.domain.model;

/** Violates rule 1: the domain uses a library. */
public class UsesALibrary {
  org.assertj.core.api.Condition<String> condition;
}
