package fr.openfun.planted.cycle.one;

/** Violates rule 5 with cycle.two.Second. */
public class First {
  fr.openfun.planted.cycle.two.Second second;
}
