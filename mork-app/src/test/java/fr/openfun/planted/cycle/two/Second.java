package fr.openfun.planted.cycle.two;

/** Violates rule 5 with cycle.one.First. */
public class Second {
  fr.openfun.planted.cycle.one.First first;
}
