package io.postwarden.shared;

/** What is wrong with one input field, named as the API and the form name it. */
public record FieldProblem(String field, String message) {
}
