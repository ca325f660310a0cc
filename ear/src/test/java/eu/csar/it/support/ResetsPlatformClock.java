package eu.csar.it.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the platform clock back to the system time after each test of a class that moves it
 * ({@code /test-support/clock/advance}), pass or fail, so the next class does not run a day or a month
 * ahead of the rows it creates: {@code @ExtendWith(ResetsPlatformClock.class)}.
 */
public final class ResetsPlatformClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Api.Response reset = Api.postJson("/test-support/clock/reset", "{}", Tokens.user("admin"));
        if (reset.status() != 200) {
            throw new IllegalStateException("the platform clock was not reset: " + reset);
        }
    }
}
