package io.postwarden.push;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HostLocksOnH2Test extends HostLocksContract {
}
