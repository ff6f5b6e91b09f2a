#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace junheng::server {

// One statement run many times straight through SQLite's C API, on the very connection (and so inside the
// transaction) of a QSqlDatabase opened with Qt's QSQLITE driver. For the push's hot inserts: Qt's driver
// converts every bound value through QVariant and renames positional parameters on each execution, which
// costs more than SQLite's own work for a small row. Text is bound as UTF-8, as the database stores it.
class SqliteStatement
{
public:
    // The SQLite connection behind `db`, or nullptr when it is not a QSQLITE connection (PostgreSQL).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // SQLite's message for the last failure on this connection.
    QString error() const;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    // Runs the statement once: true when it ran to the end, with *firstColumn set from the row it gave
    // (RETURNING); false on error. The statement is reset and its bindings kept for the next run.
    bool run(qint64 *firstColumn = nullptr);
    // The rowid of the last row inserted on this connection (an INTEGER PRIMARY KEY is that rowid).
    qint64 lastInsertRowid() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace junheng::server
