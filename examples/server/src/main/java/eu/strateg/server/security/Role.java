package eu.strateg.server.security;

/** What an account may do. */
public enum Role {
    /** sees and edits every territory the server hosts, and may add territories by storing their first strategy */
    ADMINISTRATOR,
    /** sees and edits the strategies of the account's territories: edits, adopts, records observations */
    COORDINATOR,
    /** reads the strategies of the account's territories and their evaluation, changes nothing */
    READER;

    /** Whether this role may change strategies and record observations. */
    public boolean mayWrite() {
        return this != READER;
    }
}
