package fr.openfun.planted.domain.service;

/** Violates rule 8b: not named like a service. */
public class Helper {}
