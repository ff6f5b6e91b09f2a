#include "Migrations.h"

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
        // 3 (encryption): the key of the student health data (S5, S6), wrapped by a key derived from the
        // user's PIN (salt and parameters kept beside it), and a value sealed under it to check a key given
        // to a second connection. The payloads are sealed when the PIN is first set (LocalStore::setPin),
        // all in one transaction, since the PIN is not known here.
        {
            "CREATE TABLE keyring (id INTEGER PRIMARY KEY CHECK (id = 1), kdf TEXT NOT NULL,"
            " iterations INTEGER NOT NULL, salt BLOB NOT NULL, wrapped_key BLOB NOT NULL, key_check BLOB NOT "
            "NULL,"
            " created_at TEXT NOT NULL, changed_at TEXT NOT NULL)",
        },
    };
    return list;
}

Error sqlError(const QSqlError &error, const QString &what)
{
    return makeError("store.migrate",
                     QStringLiteral("升级本机数据库失败（%1）：%2。已有数据未改动；请把此信息告诉技术支持。")
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
                         QStringLiteral("本机数据库是更新版本的程序建立的（版本 %1，本程序认识到 %2）。"
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
