package io.postwarden.plan;

/** Where on a host a change lands. */
public enum ConfigArea {
    MAIN_CF("main.cf"),
    MASTER_CF("master.cf"),
    ACCESS_MAP("access map"),
    POLICYD_SPF("policyd-spf.conf"),
    ZONE("zone");

    private final String label;

    ConfigArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
