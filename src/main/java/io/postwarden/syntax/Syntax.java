package io.postwarden.syntax;

import java.util.function.Function;

/** Every grammar a field can be checked against, for {@link Parses}. */
public enum Syntax {
    CIDR(Cidr::parse),
    DOMAIN_NAME(DomainName::parseQualified),
    DNS_NAME(DomainName::parse),
    HOST_ADDRESS(HostAddress::parse),
    HOST_PATH(HostPath::parse),
    UNIX_USER(UnixUser::parse),
    ACCESS_KEY(AccessKey::parse),
    ACCESS_ACTION(AccessAction::parse),
    RESTRICTIONS(RestrictionList::parse),
    RELAY_HOST(RelayHost::parse),
    INET_INTERFACES(InetInterfaces::parse),
    NOTE(text -> FreeText.parse(text, 500));

    private final Function<String, ?> parser;

    Syntax(Function<String, ?> parser) {
        this.parser = parser;
    }

    /** Parses {@code text}, throwing {@link InvalidValueException} with the reason when it does not parse. */
    public Object parse(String text) {
        return parser.apply(text);
    }
}
