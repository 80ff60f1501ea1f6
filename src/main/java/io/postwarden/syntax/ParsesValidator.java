package io.postwarden.syntax;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ParsesValidator implements ConstraintValidator<Parses, String> {

    private Syntax syntax;

    @Override
    public void initialize(Parses annotation) {
        this.syntax = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        try {
            syntax.parse(value);
            return true;
        } catch (InvalidValueException e) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escapeTemplate(e.getMessage())).addConstraintViolation();
            return false;
        }
    }

    /** The reason may quote user input: it must never be read as a message expression. */
    private static String escapeTemplate(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
