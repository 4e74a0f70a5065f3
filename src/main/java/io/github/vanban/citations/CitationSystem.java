package io.github.vanban.citations;

/** Which numbering system a cited document belongs to. */
public enum CitationSystem {
    /** The Communist Party and the mass organisations that number like it ({@code 217-QĐ/TW}). */
    PARTY,
    /** State bodies: individual, normative and joint documents, laws ({@code 281/QĐ-TTg}, {@code 30/2020/NĐ-CP}). */
    STATE,
    /** The Vietnam Fatherland Front ({@code 15/KH-MTTQ-BTT}). */
    FRONT
}
