package org.hibernate;

/** Test double with the name of Hibernate's exception, which the persistence module does not depend on. */
public class StaleStateException extends RuntimeException {
}
