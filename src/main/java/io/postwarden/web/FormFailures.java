package io.postwarden.web;

import io.postwarden.shared.ConfirmationRequiredException;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal on the form that caused it, next to the field it names, so
 * a page shows the same message the API would send.
 */
public final class FormFailures {

    private FormFailures() {
    }

    /** Records {@code failure} on {@code result}; rethrows anything that is not an input problem. */
    public static void record(RuntimeException failure, BindingResult result) {
        if (failure instanceof InvalidInputException invalid) {
            reject(invalid.problems(), result, invalid.getMessage());
        } else if (failure instanceof ConflictException conflict) {
            reject(conflict.problems(), result, conflict.getMessage());
            if (conflict.problems().stream().anyMatch(p -> p.field().equals("version"))) {
                result.reject("stale", conflict.getMessage());
            }
        } else if (failure instanceof ConfirmationRequiredException confirm) {
            result.rejectValue(confirm.field(), "confirm", confirm.getMessage());
        } else {
            throw failure;
        }
    }

    private static void reject(List<FieldProblem> problems, BindingResult result, String fallback) {
        boolean placed = false;
        for (FieldProblem problem : problems) {
            if (problem.field() != null && !problem.field().equals("version") && hasField(result, problem.field())) {
                result.rejectValue(problem.field(), "invalid", problem.message());
                placed = true;
            }
        }
        if (!placed) {
            result.reject("invalid", fallback);
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
