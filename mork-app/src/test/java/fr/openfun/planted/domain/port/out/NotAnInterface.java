package fr.openfun.planted.domain.port.out;

/** Violates rule 8a: a class among ports. */
public class NotAnInterface {}
