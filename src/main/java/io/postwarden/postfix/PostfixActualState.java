package io.postwarden.postfix;

import java.util.Map;
import java.util.Optional;

/**
 * What a mail host has, as read over SSH.
 *
 * @param accessMapText       the access map file, empty when the file does not exist
 * @param accessMapBuilt      whether postmap's database exists and is not older than the map
 * @param policydSpfConfig    policyd-spf.conf, empty when the file does not exist
 */
public record PostfixActualState(Map<String, String> parameters, Map<String, MasterService> services,
                                 Optional<String> accessMapText, boolean accessMapBuilt, Optional<String> policydSpfConfig) {
}
