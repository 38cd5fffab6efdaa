"""What the register's filtered queries need beyond its tables (schema v5): the parties table kept by
triggers and the indexes of ``register_sql``. Part of :mod:`.store`'s schema, kept apart for its size."""

from __future__ import annotations

from sqlalchemy import Column, Connection, MetaData, String, Table

# The parties of each communication, one row per (entity, communication, role): the sender and each
# recipient of the JSON list, kept by triggers whatever writes ``communications`` (the link stage, the
# analysts' corrections, a bulk load), so that a party filter or an entity's page is an index lookup.
comm_parties = Table(
    "comm_parties",
    MetaData(),  # created by QUERY_SCHEMA (with its triggers), not by ``metadata.create_all``
    Column("entity_id", String, primary_key=True),
    Column("communication_id", String, primary_key=True),
    Column("role", String, primary_key=True),  # sender | recipient
)
# Where a communication sorts by date: its first day, else its last, undated last (the CLI's and the
# web UI's order; the index below is on this very expression, so the queries must spell it the same).
DATE_KEY_SQL = "coalesce(earliest, latest, '9999')"
_PARTIES_OF_NEW = (
    "INSERT OR IGNORE INTO comm_parties (entity_id, communication_id, role) "
    "SELECT NEW.sender, NEW.id, 'sender' WHERE NEW.sender IS NOT NULL AND NEW.sender != '' "
    "UNION SELECT j.value, NEW.id, 'recipient' FROM json_each(NEW.recipients) AS j "
    "WHERE j.type = 'text' AND j.value != '';"
)
_DELETE_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS comm_parties_delete AFTER DELETE ON communications BEGIN "
    "DELETE FROM comm_parties WHERE communication_id = OLD.id; END"
)
# Every statement may run again on a register that has it (IF NOT EXISTS, OR IGNORE): a register of
# schema v4 is brought up to date, one made from scratch gets the same.
QUERY_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS comm_parties (entity_id VARCHAR NOT NULL, communication_id VARCHAR NOT NULL, "
    "role VARCHAR NOT NULL, PRIMARY KEY (entity_id, communication_id, role)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS ix_comm_parties_communication ON comm_parties (communication_id)",
    "CREATE TRIGGER IF NOT EXISTS comm_parties_insert AFTER INSERT ON communications BEGIN "
    + _PARTIES_OF_NEW
    + " END",
    _DELETE_TRIGGER,
    "CREATE TRIGGER IF NOT EXISTS comm_parties_update AFTER UPDATE OF id, sender, recipients ON communications "
    "BEGIN DELETE FROM comm_parties WHERE communication_id = OLD.id; " + _PARTIES_OF_NEW + " END",
    "INSERT OR IGNORE INTO comm_parties (entity_id, communication_id, role) "
    "SELECT c.sender, c.id, 'sender' FROM communications AS c WHERE c.sender IS NOT NULL AND c.sender != '' "
    "UNION SELECT j.value, c.id, 'recipient' FROM communications AS c, json_each(c.recipients) AS j "
    "WHERE j.type = 'text' AND j.value != ''",
    # the date and kind indexes hold the ends and the kind too: a date filter and its counts read no row
    f"CREATE INDEX IF NOT EXISTS ix_comm_date ON communications ({DATE_KEY_SQL}, id, earliest, latest, kind)",
    f"CREATE INDEX IF NOT EXISTS ix_comm_kind_date ON communications (kind, {DATE_KEY_SQL}, id, earliest, latest)",
    f"CREATE INDEX IF NOT EXISTS ix_comm_open_date ON communications ({DATE_KEY_SQL}, id, earliest, latest, kind) "
    "WHERE earliest IS NULL OR latest IS NULL",
    "CREATE INDEX IF NOT EXISTS ix_comm_width ON communications (julianday(latest) - julianday(earliest))",
    "CREATE INDEX IF NOT EXISTS ix_comm_reply ON communications (in_reply_to)",
    "CREATE INDEX IF NOT EXISTS ix_reports_outlet ON reports (outlet)",
    # a letter's reports and their outlets without reading a mention's or a report's row (outlet counts)
    "CREATE INDEX IF NOT EXISTS ix_mentions_comm_report ON comm_mentions (communication_id, report_id)",
    "CREATE INDEX IF NOT EXISTS ix_reports_id_outlet ON reports (id, outlet)",
    "CREATE INDEX IF NOT EXISTS ix_mentions_full ON comm_mentions (report_id, full_start)",
)


def empty_communications(conn: Connection) -> None:
    """Delete every communication and its parties, in the caller's transaction, as SQLite empties a table
    with no trigger (its pages dropped whole: 0.2 s for 100,000 letters, 5.8 s row by row)."""
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS comm_parties_delete")
    conn.exec_driver_sql("DELETE FROM comm_parties")
    conn.exec_driver_sql("DELETE FROM communications")
    conn.exec_driver_sql(_DELETE_TRIGGER)
