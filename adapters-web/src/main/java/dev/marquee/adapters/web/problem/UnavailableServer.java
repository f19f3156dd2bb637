package dev.marquee.adapters.web.problem;

/**
 * Recognises failures that mean a server a request needs (the database, say) did not answer in time
 * or refused for now, rather than that the request or the code is wrong: those become 503 with
 * Retry-After, not 500. The web adapter speaks no SQL, so whoever wires it in a database supplies
 * the bean that knows that database's failures.
 */
public interface UnavailableServer {

    boolean explains(Throwable failure);
}
