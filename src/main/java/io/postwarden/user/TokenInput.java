package io.postwarden.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A token to create: a name for the owner to recognise it, and its lifetime. */
record TokenInput(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters long") String name,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 365")
        @Max(value = 365, message = "must be 1 to 365") Integer expiresInDays) {

    static TokenInput blank() {
        return new TokenInput("", 90);
    }
}
