package io.postwarden.web;

import io.postwarden.shared.ConfirmationRequiredException;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns every failure of an API call into {@code application/problem+json} with the
 * offending fields in {@code errors}: 400 for input that does not parse, 422 for valid
 * but unconfirmed risky input, 409 for clashes with stored state, 404 for unknown ids.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidBody(BindException e) {
        List<FieldProblem> problems = e.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        List<FieldProblem> global = e.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return invalid(concat(problems, global));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(problems);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatchedParameter(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "has the wrong type")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        String field = JsonErrorPaths.fieldOf(e);
        if (field != null) {
            return invalid(List.of(new FieldProblem(field, "has the wrong type or an unknown value")));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this operation");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of());
        return problem;
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ProblemDetail confirmationRequired(ConfirmationRequiredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Confirmation required");
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        problem.setProperty("confirmWith", Map.of(e.confirmationField(), true));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this object at the same time; reload it and apply your change again");
        problem.setTitle("Conflict");
        problem.setProperty("errors", List.of(new FieldProblem("version", "is stale")));
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with stored data (a duplicate, or an object still in use)");
        problem.setTitle("Conflict");
        problem.setProperty("errors", List.of());
        return problem;
    }

    /** {@code ?sort=} naming a field the list does not have. */
    @ExceptionHandler(org.springframework.data.core.PropertyReferenceException.class)
    ProblemDetail unknownSortField(org.springframework.data.core.PropertyReferenceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "cannot sort by " + e.getPropertyName() + ": the list has no such field");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "sort", "message", "names no field of the list")));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        String detail = problems.isEmpty() ? "The input is not valid"
                : String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
