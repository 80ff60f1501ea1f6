-- A host still named by a domain, a trusted network or an access entry cannot be deleted.
-- With ON DELETE CASCADE, deleting the only host a network or entry was narrowed to left it
-- with no host, which means "every mail host": the deletion silently widened the policy.
-- V1 left these foreign keys unnamed (the generated names differ between H2 and
-- PostgreSQL), so each join table is rebuilt with named constraints and its rows copied.

CREATE TABLE mail_domain_mail_host_v4 (
    domain_id BIGINT NOT NULL,
    host_id   BIGINT NOT NULL,
    CONSTRAINT pk_mail_domain_mail_host PRIMARY KEY (domain_id, host_id),
    CONSTRAINT fk_mail_domain_mail_host_domain FOREIGN KEY (domain_id) REFERENCES mail_domain (id) ON DELETE CASCADE,
    CONSTRAINT fk_mail_domain_mail_host_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE RESTRICT
);
INSERT INTO mail_domain_mail_host_v4 (domain_id, host_id) SELECT domain_id, host_id FROM mail_domain_mail_host;
DROP TABLE mail_domain_mail_host;
ALTER TABLE mail_domain_mail_host_v4 RENAME TO mail_domain_mail_host;
CREATE INDEX ix_mail_domain_mail_host_host ON mail_domain_mail_host (host_id);

CREATE TABLE mail_domain_dns_host_v4 (
    domain_id BIGINT NOT NULL,
    host_id   BIGINT NOT NULL,
    CONSTRAINT pk_mail_domain_dns_host PRIMARY KEY (domain_id, host_id),
    CONSTRAINT fk_mail_domain_dns_host_domain FOREIGN KEY (domain_id) REFERENCES mail_domain (id) ON DELETE CASCADE,
    CONSTRAINT fk_mail_domain_dns_host_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE RESTRICT
);
INSERT INTO mail_domain_dns_host_v4 (domain_id, host_id) SELECT domain_id, host_id FROM mail_domain_dns_host;
DROP TABLE mail_domain_dns_host;
ALTER TABLE mail_domain_dns_host_v4 RENAME TO mail_domain_dns_host;
CREATE INDEX ix_mail_domain_dns_host_host ON mail_domain_dns_host (host_id);

CREATE TABLE trusted_network_host_v4 (
    trusted_network_id BIGINT NOT NULL,
    host_id            BIGINT NOT NULL,
    CONSTRAINT pk_trusted_network_host PRIMARY KEY (trusted_network_id, host_id),
    CONSTRAINT fk_trusted_network_host_network FOREIGN KEY (trusted_network_id) REFERENCES trusted_network (id) ON DELETE CASCADE,
    CONSTRAINT fk_trusted_network_host_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE RESTRICT
);
INSERT INTO trusted_network_host_v4 (trusted_network_id, host_id) SELECT trusted_network_id, host_id FROM trusted_network_host;
DROP TABLE trusted_network_host;
ALTER TABLE trusted_network_host_v4 RENAME TO trusted_network_host;
CREATE INDEX ix_trusted_network_host_host ON trusted_network_host (host_id);

CREATE TABLE access_entry_host_v4 (
    access_entry_id BIGINT NOT NULL,
    host_id         BIGINT NOT NULL,
    CONSTRAINT pk_access_entry_host PRIMARY KEY (access_entry_id, host_id),
    CONSTRAINT fk_access_entry_host_entry FOREIGN KEY (access_entry_id) REFERENCES access_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_access_entry_host_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE RESTRICT
);
INSERT INTO access_entry_host_v4 (access_entry_id, host_id) SELECT access_entry_id, host_id FROM access_entry_host;
DROP TABLE access_entry_host;
ALTER TABLE access_entry_host_v4 RENAME TO access_entry_host;
CREATE INDEX ix_access_entry_host_host ON access_entry_host (host_id);
