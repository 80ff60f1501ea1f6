package io.postwarden.settings;

/** How a mail host treats the SPF verdict of incoming mail. */
public enum SpfEnforcement {
    /** No policy daemon. */
    OFF,
    /** policyd-spf only adds Received-SPF headers; nothing is rejected. The safe first step. */
    OBSERVE,
    /** policyd-spf rejects mail whose SPF check fails. */
    ENFORCE;

    public boolean usesPolicyDaemon() {
        return this != OFF;
    }
}
