package io.postwarden.host;

import io.postwarden.syntax.InvalidValueException;
import org.springframework.stereotype.Component;

/** Refuses key text that could never authenticate, before it is sealed and stored. */
@Component
class PrivateKeyCheck {

    void requireUsable(String keyText) {
        if (!keyText.contains("-----BEGIN ") || !keyText.contains("PRIVATE KEY-----")) {
            throw new InvalidValueException("is not a private key in OpenSSH or PEM form");
        }
    }
}
