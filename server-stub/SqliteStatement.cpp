#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace junheng::server {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    // Qt documents the driver's handle as a QVariant holding the sqlite3* (QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
}

void SqliteStatement::bind(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    // NOT NULL text columns: an empty value is '' rather than NULL.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

bool SqliteStatement::run(qint64 *firstColumn)
{
    int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW) {
        if (firstColumn)
            *firstColumn = sqlite3_column_int64(m_statement, 0);
        status = sqlite3_step(m_statement); // RETURNING: the row is written once stepped to the end
    }
    const bool ok = status == SQLITE_DONE;
    sqlite3_reset(m_statement);
    return ok;
}

qint64 SqliteStatement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace junheng::server
