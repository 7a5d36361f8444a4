package eu.regioacademy.mentoring;

/** How well a mentor works in a language; B1 is enough to mentor in it. */
public enum LanguageLevel {
    B1, B2, C1, C2, NATIVE
}
