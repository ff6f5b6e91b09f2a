#include "LocalStore.h"

#include "Migrations.h"
#include "PayloadHash.h"
#include "RecordRows.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

namespace junheng {

namespace {

QString roleName(const QString &role)
{
    if (role == QLatin1String("county"))
        return QStringLiteral("县教育局");
    if (role == QLatin1String("town"))
        return QStringLiteral("乡镇");
    return QStringLiteral("学校");
}

} // namespace

QString statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return "draft";
    case RecordStatus::Finalised:
        return "finalised";
    case RecordStatus::Sent:
        return "sent";
    case RecordStatus::Accepted:
        return "accepted";
    case RecordStatus::Returned:
        return "returned";
    }
    return "draft";
}

QString statusLabel(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return QCoreApplication::translate("LocalStore", "草稿");
    case RecordStatus::Finalised:
        return QCoreApplication::translate("LocalStore", "已定稿，待发送");
    case RecordStatus::Sent:
        return QCoreApplication::translate("LocalStore", "已发送");
    case RecordStatus::Accepted:
        return QCoreApplication::translate("LocalStore", "已接收");
    case RecordStatus::Returned:
        return QCoreApplication::translate("LocalStore", "已退回修改");
    }
    return {};
}

std::optional<RecordStatus> parseStatus(const QString &name)
{
    for (RecordStatus status : {RecordStatus::Draft, RecordStatus::Finalised, RecordStatus::Sent,
                                RecordStatus::Accepted, RecordStatus::Returned}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

LocalStore::LocalStore(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalStore::defaultPath()
{
    const QString dir = qEnvironmentVariableIsEmpty("JUNHENG_DATA_DIR")
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : qEnvironmentVariable("JUNHENG_DATA_DIR");
    return QDir(dir).filePath(QStringLiteral("junheng.db"));
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError("store.open", QCoreApplication::translate(
                                           "LocalStore", "无法建立数据目录 %1。请检查权限或存储空间。")
                                           .arg(info.absolutePath()));
    const QString connection =
        QStringLiteral("junheng-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LocalStore> store(new LocalStore(info.absoluteFilePath(), connection));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(info.absoluteFilePath());
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open())
        return makeError(
            "store.open",
            QCoreApplication::translate("LocalStore", "打不开本机数据库 %1：%2。请检查文件权限或存储空间。")
                .arg(path, database.lastError().text()));
    QSqlQuery pragma(database);
    // WAL for a reader (the app) beside a writer (the CLI); FULL so a committed save survives power loss.
    for (const char *statement :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          // Overwritten and deleted content is zeroed: no old plaintext of a sealed payload stays behind.
          "PRAGMA secure_delete = ON",
          // 16 MiB of page cache (the default is 2 MiB): a school's roster of thousands of sealed rows is read
          // and confirmed batch by batch in a sync, and re-reading its pages from the OS costs more than this.
          "PRAGMA cache_size = -16384"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return storeError(QLatin1String(statement), pragma.lastError());
    }
    if (Status migrated = migrateLocalDatabase(database, SchemaVersion); !migrated)
        return migrated.error();
    if (Status registered = store->registerSqlFunctions(); !registered)
        return registered.error();
    store->adoptProcessKey();
    return store;
}

QSqlDatabase LocalStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(db());
    return query.exec("PRAGMA user_version") && query.next() ? query.value(0).toInt() : -1;
}

QString LocalStore::meta(const QString &key) const
{
    QSqlQuery query(db());
    if (execute(query, "SELECT value FROM meta WHERE key = ?", {key}) && query.next())
        return query.value(0).toString();
    return {};
}

Status LocalStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    if (!execute(query,
                 "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value",
                 {key, value.isNull() ? QStringLiteral("") : value}))
        return storeError(QCoreApplication::translate("LocalStore", "保存设置 %1").arg(key),
                          query.lastError());
    return Ok{};
}

Status LocalStore::saveEnrolment(const Enrolment &e)
{
    Transaction transaction(db());
    const QList<std::pair<QString, QString>> values{
        {"server_url", e.serverUrl},
        {"token", e.token},
        {"device_id", e.deviceId},
        {"role", e.role},
        {"scope_code", e.scopeCode},
        {"scope_name", e.scopeName},
        {"town_name", e.townName},
        {"county_name", e.countyName},
        {"cycle_id", e.cycleId},
        {"cycle_name", e.cycleName},
        {"certificate_sha256", e.certificateSha256},
    };
    for (const auto &[key, value] : values) {
        if (Status saved = setMeta(QStringLiteral("enrolment.") + key, value); !saved)
            return saved;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT syncStateChanged();
    return Ok{};
}

std::optional<Enrolment> LocalStore::enrolment() const
{
    auto get = [this](const char *key) {
        return meta(QStringLiteral("enrolment.") + QLatin1String(key));
    };
    Enrolment e{get("server_url"), get("token"),      get("device_id"),         get("role"),
                get("scope_code"), get("scope_name"), get("town_name"),         get("county_name"),
                get("cycle_id"),   get("cycle_name"), get("certificate_sha256")};
    if (e.token.isEmpty())
        return std::nullopt;
    return e;
}

std::optional<LocalRecord> LocalStore::record(const QString &uuid) const
{
    QSqlQuery query(db());
    if (execute(query, selectRecords("WHERE r.uuid = ?"), {uuid}) && query.next())
        return readRow(query);
    return std::nullopt;
}

std::optional<LocalRecord> LocalStore::singleRecord(const QString &formId, const QString &schoolCode,
                                                    const QString &cycle) const
{
    QSqlQuery query(db());
    if (execute(
            query,
            selectRecords(
                "WHERE r.form_id = ? AND r.school_code = ? AND r.cycle = ? ORDER BY r.created_at LIMIT 1"),
            {formId, schoolCode, cycle}) &&
        query.next())
        return readRow(query);
    return std::nullopt;
}

QList<LocalRecord> LocalStore::records(const QString &formId) const
{
    QSqlQuery query(db());
    QList<LocalRecord> out;
    const bool ok =
        formId.isEmpty()
            ? execute(query, selectRecords("ORDER BY r.form_id, r.created_at"))
            : execute(query, selectRecords("WHERE r.form_id = ? ORDER BY r.created_at"), {formId});
    while (ok && query.next())
        out.append(readRow(query));
    return out;
}

Result<LocalRecord> LocalStore::saveDraft(const LocalRecord &input, const QJsonObject &payload)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    LocalRecord record = input;
    const QString stamp = storedNow();
    if (record.isNew()) {
        record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.status = RecordStatus::Draft;
        record.revision = 1;
        record.payload = payload;
        record.payloadHash = payloadHash(payload);
        auto stored = storedPayload(record.uuid, record.formId, payload);
        if (!stored)
            return stored.error();
        if (!execute(query,
                     "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision,"
                     " base_revision, server_revision, payload, payload_hash, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, 'draft', 1, 0, 0, ?, ?, ?, ?)",
                     {record.uuid, record.formId, record.formVersion, record.schoolCode, record.cycle,
                      stored.value(), record.payloadHash, stamp, stamp}))
            return storeError(QCoreApplication::translate("LocalStore", "新建记录"), query.lastError());
    } else {
        const auto current = this->record(record.uuid);
        if (!current)
            return makeError(
                "store.missing",
                QCoreApplication::translate("LocalStore", "找不到记录 %1，可能已被删除。").arg(record.uuid));
        // The caller edited the content it read; if the record changed since (a pull from another tablet,
        // or the CLI), saving would silently overwrite that change.
        if (current->payloadHash != record.payloadHash)
            return makeError(
                "store.changed",
                QCoreApplication::translate(
                    "LocalStore",
                    "这份表在您打开之后被更新了（可能是另一台设备的修改同步到了本机）。"
                    "为了不覆盖那些修改，这次没有保存。请返回首页重新打开这份表，再填写您的修改。"));
        record = *current;
        // The confirmed payload becomes the base of this change, before the record leaves the outbox.
        if (!execute(query, keepBaseBeforeEditSql, {record.uuid}))
            return storeError(QCoreApplication::translate("LocalStore", "保存草稿"), query.lastError());
        // A finalised (or sent) revision may be on its way to the server: never change it; edit the next one.
        if (record.status != RecordStatus::Draft) {
            record.revision = std::max(record.revision, record.serverRevision) + 1;
            record.status = RecordStatus::Draft;
            if (!execute(query, "DELETE FROM outbox WHERE record_uuid = ?", {record.uuid}))
                return storeError(QCoreApplication::translate("LocalStore", "更新待发送队列"),
                                  query.lastError());
        }
        record.payload = payload;
        record.payloadHash = payloadHash(payload);
        auto stored = storedPayload(record.uuid, record.formId, payload);
        if (!stored)
            return stored.error();
        // The server revision as read (a confirmed record's own revision) is written into the row.
        if (!execute(query,
                     "UPDATE records SET status = 'draft', revision = ?, server_revision = ?, payload = ?,"
                     " payload_hash = ?, updated_at = ? WHERE uuid = ?",
                     {record.revision, record.serverRevision, stored.value(), record.payloadHash, stamp,
                      record.uuid}))
            return storeError(QCoreApplication::translate("LocalStore", "保存草稿"), query.lastError());
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return *this->record(record.uuid);
}

Result<LocalRecord> LocalStore::finalise(const QString &uuid, const FormDefinition &form)
{
    const auto current = record(uuid);
    if (!current)
        return makeError("store.missing",
                         QCoreApplication::translate("LocalStore", "找不到记录 %1。").arg(uuid));
    if (current->formId != form.id)
        return makeError("store.form",
                         QCoreApplication::translate("LocalStore", "记录 %1 属于表 %2，不是 %3。")
                             .arg(uuid, current->formId, form.id));
    // A form is finalised by the level that answers for it (C1 by the county), never by another device.
    if (const auto who = enrolment(); who && !who->role.isEmpty() && who->role != form.filledBy)
        return makeError(
            "record.role",
            QStringLiteral("“%1”（%2）由%3填写和定稿；本机登记为%4（%5），不能定稿这张表。"
                           "请由%3登记的设备填写并定稿。")
                .arg(form.title.zh, form.id, roleName(form.filledBy), roleName(who->role), who->scopeName));
    if (current->status != RecordStatus::Draft)
        return *current; // already finalised: nothing to do
    const ValidationReport report = Validator::validate(form, current->payload);
    // Hard errors block; so does a soft warning nobody has given a reason for (payload "_reasons").
    if (report.blockingCount() > 0) {
        QStringList lines;
        for (const ValidationIssue &issue : report.issues) {
            if (issue.blocks())
                lines << (issue.severity == Severity::Hard
                              ? issue.message
                              : issue.message + QCoreApplication::translate(
                                                    "LocalStore", "（如确认无误，请写明保留的原因）"));
        }
        return makeError(
            "record.invalid",
            QCoreApplication::translate("LocalStore", "还有 %1 处须改正或写明原因，处理后才能定稿：\n%2")
                .arg(lines.size())
                .arg(lines.join(QLatin1Char('\n'))));
    }
    Transaction transaction(db());
    QSqlQuery query(db());
    const QString stamp = storedNow();
    if (!execute(query,
                 QStringLiteral("UPDATE records SET status = 'finalised', base_revision = %1,"
                                " server_revision = %1, updated_at = ? WHERE uuid = ?")
                     .arg(QLatin1String(serverRevisionOfRecords)),
                 {stamp, uuid}) ||
        !execute(query,
                 "INSERT INTO outbox (record_uuid, revision, queued_at) VALUES (?, ?, ?)"
                 " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision, queued_at = "
                 "excluded.queued_at,"
                 " attempts = 0, quarantined = 0, error = ''",
                 {uuid, current->revision, stamp}))
        return storeError(QCoreApplication::translate("LocalStore", "定稿"), query.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return *record(uuid);
}

} // namespace junheng
