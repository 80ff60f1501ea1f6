package io.postwarden.postfix;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a mail host should have, rendered from the database without any I/O.
 *
 * @param parameters        main.cf parameters to set, in the order they are shown
 * @param absentParameters  main.cf parameters that must not be set (their Postfix default applies)
 * @param services          master.cf services to have, with exactly these overrides
 * @param absentServices    master.cf services (name/type) that must not exist
 * @param accessMapText     the whole access map file
 * @param policydSpfRejects whether policyd-spf rejects on Fail; null when SPF is off
 */
public record PostfixDesiredState(Map<String, String> parameters, Set<String> absentParameters, List<MasterService> services,
                                  Set<String> absentServices, String accessMapText, Boolean policydSpfRejects) {
}
