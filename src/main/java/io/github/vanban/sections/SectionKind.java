package io.github.vanban.sections;

/** What a section is for, read from its title (the annotation guide's table). */
public enum SectionKind {
    BACKGROUND, PURPOSE, RESULTS, ASSESSMENT, LIMITATIONS, LESSONS, DIRECTIONS, IMPLEMENTATION,
    RECOMMENDATIONS, GENERAL, OTHER
}
