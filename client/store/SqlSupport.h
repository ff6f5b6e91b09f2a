#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;

namespace junheng {

// The SQLite connection behind a QSQLITE database (Qt documents its handle as a QVariant holding the
// sqlite3*), for what Qt's driver cannot do or does slowly; nullptr for any other driver.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

// What a person sees when the device database fails: what happened, and that what was saved is safe.
inline Error storeError(const QString &what, const QSqlError &error)
{
    return makeError("store.io",
                     QCoreApplication::translate(
                         "SqlSupport",
                         "本机数据库操作失败（%1）：%2。刚才的修改没有保存，之前保存的数据不受影响；"
                         "请确认设备存储空间充足后重试。")
                         .arg(what, error.text()));
}

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(db), m_open(m_db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    Status commit()
    {
        if (!m_open)
            return storeError(QCoreApplication::translate("SqlSupport", "开始事务"), m_db.lastError());
        m_open = false;
        if (!m_db.commit()) {
            const QSqlError error = m_db.lastError();
            m_db.rollback();
            return storeError(QCoreApplication::translate("SqlSupport", "提交"), error);
        }
        return Ok{};
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

// Runs a prepared statement with positional values; returns the query (check .isActive()).
inline bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace junheng
