#include "ServerDatabase.h"

#include "SqlTransaction.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace junheng::server {

namespace {

// Migration N takes the schema from version N-1 to N. Never edit a released one: add the next.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: the county, its towns and schools; enrolment codes and devices; records.
        {
            QStringLiteral("CREATE TABLE county (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " cycle_id TEXT NOT NULL, cycle_name TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE towns (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " kind TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE schools (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " town_code TEXT NOT NULL REFERENCES towns(code), type TEXT NOT NULL,"
                           " location TEXT NOT NULL, ownership TEXT NOT NULL, boarding INTEGER NOT NULL,"
                           " students INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX schools_town ON schools(town_code)"),
            // Only the SHA-256 of a code is kept; role is school, town or county.
            QStringLiteral("CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, role TEXT NOT NULL,"
                           " scope_code TEXT NOT NULL, created_at TEXT NOT NULL, used_at TEXT,"
                           " device_id TEXT)"),
            QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL, role TEXT NOT NULL, scope_code TEXT NOT NULL,"
                           " enrolled_at TEXT NOT NULL)"),
            // One row per applied revision; seq is the server-wide change number (never reused).
            QStringLiteral("CREATE TABLE records (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " uuid TEXT NOT NULL, revision INTEGER NOT NULL, base_revision INTEGER NOT NULL,"
                           " form_id TEXT NOT NULL, form_version INTEGER NOT NULL,"
                           " school_code TEXT NOT NULL, cycle TEXT NOT NULL, status TEXT NOT NULL,"
                           " payload TEXT NOT NULL, payload_hash TEXT NOT NULL, updated_at TEXT NOT NULL,"
                           " received_at TEXT NOT NULL, device_id TEXT NOT NULL,"
                           " UNIQUE (uuid, revision))"),
            QStringLiteral("CREATE INDEX records_school_seq ON records(school_code, seq)"),
            QStringLiteral("CREATE INDEX records_single ON records(school_code, form_id, cycle)"),
        },
    };
    return list;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("junheng-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error storageError(const QString &what, const QString &sqlError)
{
    return makeError("server.storage", QStringLiteral("服务器数据库出错（%1）：%2").arg(what, sqlError));
}

ServerDatabase::ServerDatabase(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName)), m_filePath(std::move(filePath))
{}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString &filePath)
{
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(nextConnectionName(), filePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            return makeError("server.storage",
                             QStringLiteral("打不开服务器数据库 %1：%2。请检查目录是否存在、是否可写。")
                                 .arg(filePath, db.lastError().text()));
        }
    }
    if (Status status = database->configure(); !status)
        return status.error();
    if (Status status = database->migrate(); !status)
        return status.error();
    return database;
}

Status ServerDatabase::configure()
{
    QSqlQuery query(connection());
    // FULL: an "applied" reply must survive a power cut; WAL keeps readers and the writer apart.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return storageError(pragma, query.lastError().text());
    }
    return Ok{};
}

int ServerDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status ServerDatabase::migrate()
{
    if (schemaVersion() == SchemaVersion)
        return Ok{};
    // Checked again inside the write lock: two processes may start at once on a new data dir.
    SqlTransaction transaction(connection());
    if (Status status = transaction.begin(); !status)
        return status;
    const int from = schemaVersion();
    if (from < 0)
        return storageError(QStringLiteral("读取 user_version"), QStringLiteral("PRAGMA user_version 失败"));
    if (from > SchemaVersion) {
        return makeError("server.storage", QStringLiteral("数据库 %1 的结构版本是 %2，比本程序认识的 %3 新。"
                                                          "请使用新版 junheng-server。")
                                               .arg(m_filePath)
                                               .arg(from)
                                               .arg(SchemaVersion));
    }
    QSqlQuery query(connection());
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        for (const QString &statement : migrations().at(version - 1)) {
            if (!query.exec(statement))
                return storageError(QStringLiteral("迁移到第 %1 版").arg(version), query.lastError().text());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return storageError(QStringLiteral("设置 user_version"), query.lastError().text());
    }
    query.finish();
    return transaction.commit();
}

} // namespace junheng::server
