package io.postwarden.host;

import io.postwarden.ssh.InvalidKeyTextException;
import io.postwarden.ssh.SshKeys;
import io.postwarden.syntax.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Refuses key text that could never authenticate, before it is sealed and stored: the
 * key is parsed by the same code that will log in with it.
 */
@Component
class PrivateKeyCheck {

    void requireUsable(String keyText) {
        try {
            SshKeys.parsePrivateKey(keyText, null);
        } catch (InvalidKeyTextException e) {
            throw new InvalidValueException(e.getMessage());
        }
    }
}
