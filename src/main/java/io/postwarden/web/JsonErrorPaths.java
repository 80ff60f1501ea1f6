package io.postwarden.web;

import tools.jackson.databind.DatabindException;

/** Names the JSON field a body could not be read at, so the error can point at it. */
final class JsonErrorPaths {

    private JsonErrorPaths() {
    }

    static String fieldOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var reference : databind.getPath()) {
                    if (reference.getPropertyName() != null) {
                        if (path.length() > 0) {
                            path.append('.');
                        }
                        path.append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.length() == 0 ? null : path.toString();
            }
        }
        return null;
    }
}
