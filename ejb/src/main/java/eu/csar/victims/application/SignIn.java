package eu.csar.victims.application;

import eu.csar.victims.api.SignInOutcome;

import java.io.Serializable;
import java.time.Instant;

/** The outcome of a sign-in on the victim page; {@code sessionToken} only when signed in, {@code until} when locked or limited. */
public record SignIn(SignInOutcome outcome, String sessionToken, Instant until) implements Serializable {
}
