package eu.csar.it.fuzz;

/** Generates hostile requests for one operation (or one kind of target). */
interface RequestSource {

    String label();

    FuzzRequest next(Draw draw);
}
