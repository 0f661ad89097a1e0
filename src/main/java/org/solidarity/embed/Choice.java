package org.solidarity.embed;

/** One option of a select list in the widget's form. */
public record Choice(String value, String label) {}
