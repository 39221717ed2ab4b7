package eu.strateg.server.security;

/** What an account may do. */
public enum Role {
    /** sees and edits every territory the server hosts, and may add territories by storing their first strategy */
    ADMINISTRATOR,
    /** sees and edits the strategies of the account's territories: edits, adopts, records observations */
    COORDINATOR,
    /** reads the strategies of the account's territories and records values only of the indicators listed for it */
    DATA_STEWARD,
    /** reads the strategies of the account's territories and their evaluation, changes nothing */
    READER,
    /** nobody signed in: reads the adopted strategies of the territories that opted in to public reading; no account has it */
    PUBLIC;

    /** Whether this role may change strategies (save, adopt). */
    public boolean mayWrite() {
        return this == ADMINISTRATOR || this == COORDINATOR;
    }

    /** Whether this role may record observations (a data steward only of its own indicators). */
    public boolean mayRecord() {
        return mayWrite() || this == DATA_STEWARD;
    }
}
