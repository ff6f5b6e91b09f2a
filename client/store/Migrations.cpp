#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace junheng {

namespace {

// Step N takes the schema from version N-1 to N. Never edit a step that has shipped: add one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list{
        // 1: records, the outbox, and key/value metadata (enrolment, cursor, sync state).
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE records ("
            " uuid TEXT PRIMARY KEY,"
            " form_id TEXT NOT NULL, form_version INTEGER NOT NULL,"
            " school_code TEXT NOT NULL, cycle TEXT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('draft','finalised','sent','accepted','returned')),"
            " revision INTEGER NOT NULL CHECK (revision >= 1),"
            " base_revision INTEGER NOT NULL DEFAULT 0,"
            " server_revision INTEGER NOT NULL DEFAULT 0,"
            " payload TEXT NOT NULL, payload_hash TEXT NOT NULL,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
            "CREATE INDEX records_by_form ON records (form_id, school_code, cycle)",
            "CREATE TABLE outbox ("
            " record_uuid TEXT PRIMARY KEY REFERENCES records (uuid) ON DELETE CASCADE,"
            " revision INTEGER NOT NULL,"
            " queued_at TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " quarantined INTEGER NOT NULL DEFAULT 0,"
            " error TEXT NOT NULL DEFAULT '')",
        },
        // 2: roster rows. Beside the payload, what a page of thousands of rows is filtered, sorted and
        // counted by (derived from the payload; index_stamp NULL means not derived yet, so rows saved by
        // version 1 are derived the first time their roster is listed).
        {
            "ALTER TABLE records ADD COLUMN row_key TEXT",
            "ALTER TABLE records ADD COLUMN row_grade NUMERIC",
            "ALTER TABLE records ADD COLUMN row_class TEXT",
            "ALTER TABLE records ADD COLUMN row_sex TEXT",
            "ALTER TABLE records ADD COLUMN row_name TEXT",
            "ALTER TABLE records ADD COLUMN hard_issues INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE records ADD COLUMN soft_issues INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE records ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE records ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE records ADD COLUMN index_stamp TEXT",
            "CREATE INDEX records_by_row_key ON records (form_id, school_code, cycle, row_key)",
            "CREATE INDEX records_by_grade_class ON records (form_id, school_code, cycle, row_grade, "
            "row_class)",
            "CREATE INDEX records_by_name ON records (form_id, school_code, cycle, row_name)",
        },
        // 3 (review): the county's cycles, every review state change of a submission (school, form, cycle) with
        // its comments, the current state of each submission, and the schools of the device's scope, all
        // pulled from the server (the event cursor is meta "sync.review_cursor").
        {
            "CREATE TABLE cycles (id TEXT PRIMARY KEY, name TEXT NOT NULL, opens_on TEXT NOT NULL,"
            " closes_on TEXT NOT NULL, state TEXT NOT NULL, profile TEXT NOT NULL, form_versions TEXT NOT "
            "NULL,"
            " forms TEXT NOT NULL, seq INTEGER NOT NULL)",
            "CREATE TABLE review_notes (seq INTEGER PRIMARY KEY, cycle_id TEXT NOT NULL, school_code TEXT "
            "NOT NULL,"
            " form_id TEXT NOT NULL, state TEXT NOT NULL, late INTEGER NOT NULL, at TEXT NOT NULL,"
            " by_device TEXT NOT NULL, by_name TEXT NOT NULL, by_role TEXT NOT NULL, comments TEXT NOT NULL)",
            "CREATE INDEX review_notes_submission ON review_notes (cycle_id, school_code, form_id, seq)",
            "CREATE TABLE submissions (cycle_id TEXT NOT NULL, school_code TEXT NOT NULL, form_id TEXT NOT "
            "NULL,"
            " state TEXT NOT NULL, late INTEGER NOT NULL, submitted_seq INTEGER NOT NULL, seq INTEGER NOT "
            "NULL,"
            " at TEXT NOT NULL, by_name TEXT NOT NULL, by_role TEXT NOT NULL,"
            " PRIMARY KEY (cycle_id, school_code, form_id))",
            "CREATE TABLE directory (code TEXT PRIMARY KEY, name TEXT NOT NULL, town_code TEXT NOT NULL,"
            " town_name TEXT NOT NULL, type TEXT NOT NULL, students INTEGER NOT NULL)",
        },
        // 4 (conflicts): the payload of the revision a local change is based on (the last one the server
        // confirmed or sent), records in conflict with the server's copy kept, and each record's sync
        // history (merged, resolved) for people to see. LocalStoreConflicts.cpp.
        {
            "CREATE TABLE record_base ("
            " record_uuid TEXT PRIMARY KEY REFERENCES records (uuid) ON DELETE CASCADE,"
            " revision INTEGER NOT NULL, payload TEXT NOT NULL)",
            "INSERT INTO record_base (record_uuid, revision, payload)"
            " SELECT uuid, server_revision, payload FROM records"
            " WHERE server_revision > 0 AND revision = server_revision AND status IN "
            "('sent','accepted','returned')",
            "CREATE TABLE record_conflicts ("
            " record_uuid TEXT PRIMARY KEY REFERENCES records (uuid) ON DELETE CASCADE,"
            " local_revision INTEGER NOT NULL,"
            " server_uuid TEXT NOT NULL, server_revision INTEGER NOT NULL, server_form_version INTEGER NOT "
            "NULL,"
            " server_payload TEXT NOT NULL, server_updated_at TEXT NOT NULL,"
            " base_payload TEXT, fields TEXT NOT NULL, message TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE record_history ("
            " id INTEGER PRIMARY KEY, record_uuid TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,"
            " detail TEXT NOT NULL)",
            "CREATE INDEX record_history_by_record ON record_history (record_uuid, id)",
            // Why the last try to send failed as a whole (no reply, server busy); `error` stays the
            // reason a record was set aside.
            "ALTER TABLE outbox ADD COLUMN last_failure TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE outbox ADD COLUMN last_failure_at TEXT",
        },
        // 5 (encryption): the key of the student health data (S5, S6), wrapped by a key derived from the
        // user's PIN (salt and parameters kept beside it), and a value sealed under it to check a key given
        // to a second connection. The payloads are sealed when the PIN is first set (LocalStore::setPin),
        // all in one transaction, since the PIN is not known here.
        {
            "CREATE TABLE keyring (id INTEGER PRIMARY KEY CHECK (id = 1), kdf TEXT NOT NULL,"
            " iterations INTEGER NOT NULL, salt BLOB NOT NULL, wrapped_key BLOB NOT NULL, key_check BLOB NOT "
            "NULL,"
            " created_at TEXT NOT NULL, changed_at TEXT NOT NULL)",
        },
        // 6 (outbox order): the waiting entries in the order they are sent, so a batch reads its first
        // entries from the index instead of sorting the whole outbox each time (LocalStore::outboxTextBatch).
        {
            "CREATE INDEX outbox_queue ON outbox (quarantined, queued_at, record_uuid, revision)",
        },
    };
    return list;
}

Error sqlError(const QSqlError &error, const QString &what)
{
    return makeError(
        "store.migrate",
        QCoreApplication::translate("Migrations",
                                    "升级本机数据库失败（%1）：%2。已有数据未改动；请把此信息告诉技术支持。")
            .arg(what, error.text()));
}

} // namespace

Status migrateLocalDatabase(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery query(db);
    if (!query.exec("PRAGMA user_version") || !query.next())
        return sqlError(query.lastError(), "PRAGMA user_version");
    const int current = query.value(0).toInt();
    if (current > targetVersion)
        return makeError("store.too_new",
                         QCoreApplication::translate(
                             "Migrations", "本机数据库是更新版本的程序建立的（版本 %1，本程序认识到 %2）。"
                                           "请升级本程序，不要删除数据库。")
                             .arg(current)
                             .arg(targetVersion));
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!db.transaction())
            return sqlError(db.lastError(), "BEGIN");
        for (const QString &statement : steps().at(version - 1)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                db.rollback();
                return sqlError(error, statement.left(40));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QSqlError error = query.lastError().isValid() ? query.lastError() : db.lastError();
            db.rollback();
            return sqlError(error, "user_version");
        }
    }
    return Ok{};
}

} // namespace junheng
