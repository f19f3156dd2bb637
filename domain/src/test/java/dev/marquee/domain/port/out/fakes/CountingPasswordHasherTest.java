package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.PasswordHasherContract;

class CountingPasswordHasherTest extends PasswordHasherContract {

    private final CountingPasswordHasher hasher = new CountingPasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
