package fr.openfun.planted.adapter.beta;

/** An adapter class. */
public class BetaThing {}
