package io.postwarden.push;

import io.postwarden.testing.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@OnPostgres
class HostLocksOnPostgresTest extends HostLocksContract {
}
