package fr.openfun.planted.adapter.alpha;

/** Violates rule 3: one adapter uses another. */
public class UsesBeta {
  fr.openfun.planted.adapter.beta.BetaThing beta;
}
