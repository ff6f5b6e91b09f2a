// Roster rows of LocalStore: upsert by key, one-row save and delete, paged filtered queries and counts.
#include "LocalStore.h"

#include "PayloadHash.h"
#include "RecordRows.h"
#include "RosterIndex.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace junheng {

namespace {

const QString reasonsKey = QStringLiteral("_reasons");

Error notARoster(const FormDefinition &form)
{
    return makeError("store.form",
                     QCoreApplication::translate("LocalStore", "“%1”（%2）不是名单表，不能按行保存。")
                         .arg(form.title.text(), form.id));
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariantList indexValues(const RosterIndex &index, const QString &stamp)
{
    return {index.key.isEmpty() ? nullText() : QVariant(index.key),
            index.grade,
            index.className,
            index.sex,
            index.name,
            index.hardCount,
            index.softCount,
            index.deleted ? 1 : 0,
            stamp};
}

const char *const setIndexColumns = "row_key = ?, row_grade = ?, row_class = ?, row_sex = ?, row_name = ?,"
                                    " hard_issues = ?, soft_issues = ?, deleted = ?, index_stamp = ?";

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

// What a row of the store is matched against when rows are upserted.
struct ExistingRow
{
    QString uuid;
    QString hash;
    RecordStatus status = RecordStatus::Draft;
    int revision = 1;
    int serverRevision = 0;
    QByteArray payload;
};

QString keyLabels(const FormDefinition &form)
{
    QStringList labels;
    for (const QString &id : form.key) {
        const FormField *field = form.field(id);
        labels << QCoreApplication::translate("LocalStore", "「%1」").arg(field ? field->label.text() : id);
    }
    return labels.join(QCoreApplication::translate("LocalStore", "、"));
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause of a roster query and its values, filters included.
std::pair<QString, QVariantList> rosterWhere(const FormDefinition &form, const RosterQuery &query)
{
    QString where =
        QStringLiteral("WHERE r.form_id = ? AND r.school_code = ? AND r.cycle = ? AND r.deleted = 0");
    QVariantList values{form.id, query.schoolCode, query.cycle};
    if (!query.grade.isEmpty()) {
        where += QStringLiteral(" AND r.row_grade = ?");
        values << query.grade;
    }
    if (!query.className.isEmpty()) {
        where += QStringLiteral(" AND r.row_class = ?");
        values << query.className;
    }
    if (!query.sex.isEmpty()) {
        where += QStringLiteral(" AND r.row_sex = ?");
        values << query.sex;
    }
    if (query.issues == RosterIssueFilter::Errors)
        where += QStringLiteral(" AND (r.hard_issues > 0 OR r.duplicate = 1)");
    else if (query.issues == RosterIssueFilter::Warnings)
        where += QStringLiteral(" AND r.soft_issues > 0");
    if (query.uuids) {
        QStringList marks;
        for (const QString &uuid : *query.uuids) {
            marks << QStringLiteral("?");
            values << uuid;
        }
        where += marks.isEmpty() ? QStringLiteral(" AND 0")
                                 : QStringLiteral(" AND r.uuid IN (%1)").arg(marks.join(','));
    }
    if (!query.search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (r.row_name LIKE ? ESCAPE '\\' OR r.row_key LIKE ? ESCAPE '\\')");
        values << likePattern(query.search) << likePattern(query.search);
    }
    return {where, values};
}

QString rosterOrder(const FormDefinition &form, const RosterQuery &query)
{
    const QString direction = query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9_]+$"));
    QString order;
    if (!query.sortField.isEmpty() && form.field(query.sortField) &&
        plainId.match(query.sortField).hasMatch()) {
        const QString column = RosterIndex::columnFor(form, query.sortField);
        if (column == QLatin1String("row_class")) // "2班" before "10班"
            order = QStringLiteral("length(r.row_class)%1, r.row_class%1, ").arg(direction);
        else if (!column.isEmpty())
            order = QStringLiteral("r.%1%2, ").arg(column, direction);
        else
            // jh_field opens a sealed payload (S5/S6) as well as a plain one (LocalStoreCrypto.cpp).
            order = QStringLiteral("jh_field(r.payload, r.uuid, '%1')%2, ").arg(query.sortField, direction);
    }
    return QStringLiteral(" ORDER BY %1r.rowid").arg(order);
}

} // namespace

Status LocalStore::markDuplicates(const QString &formId, const QString &schoolCode, const QString &cycle)
{
    QSqlQuery query(db());
    // Only rows whose flag changes are written, so an edit of one row rewrites one row.
    if (!execute(query,
                 "UPDATE records SET duplicate = 1 - duplicate"
                 " WHERE form_id = ? AND school_code = ? AND cycle = ?"
                 " AND duplicate != (row_key IS NOT NULL AND deleted = 0 AND row_key IN ("
                 "  SELECT row_key FROM records WHERE form_id = ? AND school_code = ? AND cycle = ?"
                 "  AND deleted = 0 AND row_key IS NOT NULL GROUP BY row_key HAVING COUNT(*) > 1))",
                 {formId, schoolCode, cycle, formId, schoolCode, cycle}))
        return storeError(QCoreApplication::translate("LocalStore", "检查名单中重复的行"), query.lastError());
    return Ok{};
}

Status LocalStore::refreshRosterIndex(const FormDefinition &form, const QString &schoolCode,
                                      const QString &cycle)
{
    QSqlQuery stale(db());
    const QString suffix = QStringLiteral("@") + QString::number(form.version);
    if (!execute(stale,
                 "SELECT uuid, payload, payload_hash FROM records WHERE form_id = ? AND school_code = ? AND"
                 " cycle = ? AND (index_stamp IS NULL OR index_stamp != payload_hash || ?)",
                 {form.id, schoolCode, cycle, suffix}))
        return storeError(QCoreApplication::translate("LocalStore", "读取名单"), stale.lastError());
    QList<std::tuple<QString, QByteArray, QString>> rows;
    while (stale.next())
        rows.append({stale.value(0).toString(), stale.value(1).toByteArray(), stale.value(2).toString()});
    stale.finish();
    if (rows.isEmpty())
        return Ok{};
    Transaction transaction(db());
    QSqlQuery update(db());
    if (!update.prepare(
            QStringLiteral("UPDATE records SET %1 WHERE uuid = ?").arg(QLatin1String(setIndexColumns))))
        return storeError(QCoreApplication::translate("LocalStore", "整理名单"), update.lastError());
    for (const auto &[uuid, payload, hash] : rows) {
        bool locked = false;
        const QByteArray opened = openedPayload(uuid, payload, &locked);
        if (locked)
            continue; // derived when the PIN is given
        const RosterIndex index = RosterIndex::of(form, QJsonDocument::fromJson(opened).object());
        bindAll(update, indexValues(index, RosterIndex::stamp(hash, form.version)));
        update.addBindValue(uuid);
        if (!update.exec())
            return storeError(QCoreApplication::translate("LocalStore", "整理名单"), update.lastError());
    }
    if (Status marked = markDuplicates(form.id, schoolCode, cycle); !marked)
        return marked;
    return transaction.commit();
}

Result<RosterUpsertResult> LocalStore::upsertRosterRows(const FormDefinition &form, const QString &schoolCode,
                                                        const QString &cycle, const QList<QJsonObject> &rows)
{
    if (form.kind != FormKind::Roster)
        return notARoster(form);
    if (form.key.isEmpty()) // nothing to match re-imported rows by: every import would add them again
        return makeError("roster.key", QCoreApplication::translate(
                                           "LocalStore", "表单“%1”（%2）的定义没有指明识别一行的字段（key），"
                                                         "无法按行导入。请联系县教育局更新表单定义。")
                                           .arg(form.title.text(), form.id));
    QStringList keys;
    keys.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        keys << RosterIndex::keyOf(form, rows.at(i));
        if (keys.last().isEmpty())
            return makeError(
                "roster.key",
                QCoreApplication::translate("LocalStore",
                                            "第 %1 行没有填写%2，无法和名单中已有的行对应。"
                                            "请补上后重新保存；这一批 %3 行都没有保存，已有的名单没有改动。")
                    .arg(i + 1)
                    .arg(keyLabels(form))
                    .arg(rows.size()));
    }
    if (Status refreshed = refreshRosterIndex(form, schoolCode, cycle); !refreshed)
        return refreshed.error();

    QHash<QString, ExistingRow> existing;
    {
        QSqlQuery query(db());
        // Status and server revision as every reader sees them (a confirmed row is 'sent', RecordRows.h).
        if (!execute(query,
                     QStringLiteral(
                         "SELECT r.row_key, r.uuid, r.payload_hash, %1, r.revision, %2, r.payload FROM records r"
                         " WHERE r.form_id = ? AND r.school_code = ? AND r.cycle = ? AND r.deleted = 0"
                         " AND r.row_key IS NOT NULL ORDER BY r.rowid")
                         .arg(QLatin1String(statusOfRecord), QLatin1String(serverRevisionOfRecord)),
                     {form.id, schoolCode, cycle}))
            return storeError(QCoreApplication::translate("LocalStore", "读取名单"), query.lastError());
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (existing.contains(key))
                continue; // a duplicate already in the store: the first row is the one updated
            existing.insert(
                key, ExistingRow{query.value(1).toString(), query.value(2).toString(),
                                 parseStatus(query.value(3).toString()).value_or(RecordStatus::Draft),
                                 query.value(4).toInt(), query.value(5).toInt(),
                                 openedPayload(query.value(1).toString(), query.value(6).toByteArray())});
        }
    }

    Transaction transaction(db());
    QSqlQuery insert(db());
    QSqlQuery update(db());
    QSqlQuery unqueue(db());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision, "
            "base_revision,"
            " server_revision, payload, payload_hash, created_at, updated_at, row_key, row_grade, row_class,"
            " row_sex, row_name, hard_issues, soft_issues, deleted, index_stamp)"
            " VALUES (?, ?, ?, ?, ?, 'draft', 1, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !update.prepare(QStringLiteral("UPDATE records SET status = 'draft', revision = ?, server_revision = ?,"
                                       " form_version = ?, payload = ?, payload_hash = ?, updated_at = ?, %1"
                                       " WHERE uuid = ?")
                            .arg(QLatin1String(setIndexColumns))) ||
        !unqueue.prepare(QStringLiteral("DELETE FROM outbox WHERE record_uuid = ?")))
        return storeError(QCoreApplication::translate("LocalStore", "保存名单"),
                          insert.lastError().isValid() ? insert.lastError() : update.lastError());
    const QString stamp = storedNow();
    RosterUpsertResult result;
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject payload = rows.at(i);
        auto found = existing.find(keys.at(i));
        if (found != existing.end() && !payload.contains(reasonsKey)) {
            // The reasons a person gave for keeping unusual values are not part of an import file.
            const QJsonObject stored = QJsonDocument::fromJson(found->payload).object();
            if (stored.contains(reasonsKey))
                payload.insert(reasonsKey, stored.value(reasonsKey));
        }
        const QString hash = payloadHash(payload);
        if (found != existing.end() && found->hash == hash) {
            ++result.unchanged;
            continue;
        }
        const RosterIndex index = RosterIndex::of(form, payload);
        const QVariantList indexed = indexValues(index, RosterIndex::stamp(hash, form.version));
        const QString text = payloadText(payload);
        if (found == existing.end()) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto stored = storedPayload(uuid, form.id, payload);
            if (!stored)
                return stored.error();
            bindAll(insert,
                    {uuid, form.id, form.version, schoolCode, cycle, stored.value(), hash, stamp, stamp});
            bindAll(insert, indexed);
            if (!insert.exec())
                return storeError(QCoreApplication::translate("LocalStore", "新建名单第 %1 行").arg(i + 1),
                                  insert.lastError());
            existing.insert(keys.at(i), ExistingRow{uuid, hash, RecordStatus::Draft, 1, 0, text.toUtf8()});
            ++result.added;
            continue;
        }
        if (found->serverRevision > 0 && found->revision == found->serverRevision) {
            QSqlQuery keep(db()); // the confirmed payload becomes the base of this change
            if (!execute(keep, keepBaseBeforeEditSql, {found->uuid}))
                return storeError(QCoreApplication::translate("LocalStore", "更新名单第 %1 行").arg(i + 1),
                                  keep.lastError());
        }
        // As saveDraft: a revision that may be on its way to the server never changes; edit the next one.
        if (found->status != RecordStatus::Draft) {
            found->revision = std::max(found->revision, found->serverRevision) + 1;
            found->status = RecordStatus::Draft;
            unqueue.addBindValue(found->uuid);
            if (!unqueue.exec())
                return storeError(QCoreApplication::translate("LocalStore", "更新待发送队列"),
                                  unqueue.lastError());
        }
        auto stored = storedPayload(found->uuid, form.id, payload);
        if (!stored)
            return stored.error();
        bindAll(update, {found->revision, found->serverRevision, form.version, stored.value(), hash, stamp});
        bindAll(update, indexed);
        update.addBindValue(found->uuid);
        if (!update.exec())
            return storeError(QCoreApplication::translate("LocalStore", "更新名单第 %1 行").arg(i + 1),
                              update.lastError());
        found->hash = hash;
        found->payload = text.toUtf8();
        ++result.updated;
    }
    if (result.added + result.updated == 0)
        return result;
    if (Status marked = markDuplicates(form.id, schoolCode, cycle); !marked)
        return marked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return result;
}

Result<int> LocalStore::finaliseRoster(const FormDefinition &form, const QString &schoolCode,
                                       const QString &cycle)
{
    if (form.kind != FormKind::Roster)
        return notARoster(form);
    auto counts = rosterIssueCounts(form, schoolCode, cycle);
    if (!counts)
        return counts.error();
    if (counts->rowsWithErrors + counts->rowsWithWarnings > 0)
        return makeError("record.invalid",
                         QCoreApplication::translate(
                             "LocalStore",
                             "“%1”还有 %2 行有错误、%3 行有提醒没写原因：请用“有错误的行”“有提醒的行”"
                             "筛选出来，改正错误、为提醒写明原因后再定稿。这次没有定稿任何一行。")
                             .arg(form.title.text())
                             .arg(counts->rowsWithErrors)
                             .arg(counts->rowsWithWarnings));
    Transaction transaction(db());
    QSqlQuery query(db());
    const QString stamp = storedNow();
    if (!execute(query,
                 "INSERT INTO outbox (record_uuid, revision, queued_at)"
                 " SELECT uuid, revision, ? FROM records WHERE form_id = ? AND school_code = ? AND cycle = ?"
                 " AND status = 'draft' AND deleted = 0"
                 " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                 " queued_at = excluded.queued_at, attempts = 0, quarantined = 0, error = ''",
                 {stamp, form.id, schoolCode, cycle}) ||
        !execute(query,
                 "UPDATE records SET status = 'finalised', base_revision = server_revision, updated_at = ?"
                 " WHERE form_id = ? AND school_code = ? AND cycle = ? AND status = 'draft' AND deleted = 0",
                 {stamp, form.id, schoolCode, cycle}))
        return storeError(QCoreApplication::translate("LocalStore", "定稿名单"), query.lastError());
    const int finalised = query.numRowsAffected();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (finalised > 0) {
        Q_EMIT recordsChanged();
        Q_EMIT syncStateChanged();
    }
    return finalised;
}

Result<LocalRecord> LocalStore::saveRosterRow(const FormDefinition &form, const LocalRecord &input,
                                              const QJsonObject &payload)
{
    if (form.kind != FormKind::Roster)
        return notARoster(form);
    LocalRecord record = input;
    record.formId = form.id;
    if (record.isNew())
        record.formVersion = form.version;
    auto saved = saveDraft(record, payload);
    if (!saved)
        return saved;
    if (Status refreshed = refreshRosterIndex(form, saved->schoolCode, saved->cycle); !refreshed)
        return refreshed.error();
    return saved;
}

Status LocalStore::deleteRosterRow(const FormDefinition &form, const QString &uuid)
{
    const auto current = record(uuid);
    if (!current)
        return makeError(
            "store.missing",
            QCoreApplication::translate("LocalStore", "找不到这一行（%1），可能已经删除了。").arg(uuid));
    if (current->formId != form.id)
        return makeError("store.form",
                         QCoreApplication::translate("LocalStore", "这一行属于表 %1，不是 %2，没有删除。")
                             .arg(current->formId, form.id));
    Transaction transaction(db());
    QSqlQuery query(db());
    // Never finalised, so never sent: nothing on the server to tell.
    const bool neverSent =
        current->status == RecordStatus::Draft && current->revision == 1 && current->serverRevision == 0;
    if (neverSent) {
        if (!execute(query, "DELETE FROM records WHERE uuid = ?", {uuid}))
            return storeError(QCoreApplication::translate("LocalStore", "删除名单的一行"), query.lastError());
    } else {
        const int revision = current->status == RecordStatus::Draft
                                 ? current->revision
                                 : std::max(current->revision, current->serverRevision) + 1;
        const QJsonObject payload{{QStringLiteral("_deleted"), true}};
        const QString hash = payloadHash(payload);
        const QString stamp = storedNow();
        RosterIndex index;
        index.deleted = true;
        auto stored = storedPayload(uuid, form.id, payload);
        if (!stored)
            return stored.error();
        QVariantList values{revision, stored.value(), hash, stamp};
        values << indexValues(index, RosterIndex::stamp(hash, form.version)) << uuid;
        if (!execute(query, keepBaseBeforeEditSql, {uuid}) ||
            !execute(query,
                     QStringLiteral("UPDATE records SET status = 'finalised', revision = ?, base_revision = %2,"
                                    " server_revision = %2, payload = ?, payload_hash = ?, updated_at = ?, %1, "
                                    "duplicate = 0 WHERE uuid = ?")
                         .arg(QLatin1String(setIndexColumns), QLatin1String(serverRevisionOfRecords)),
                     values) ||
            !execute(query,
                     "INSERT INTO outbox (record_uuid, revision, queued_at) VALUES (?, ?, ?)"
                     " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                     " queued_at = excluded.queued_at, attempts = 0, quarantined = 0, error = ''",
                     {uuid, revision, stamp}))
            return storeError(QCoreApplication::translate("LocalStore", "删除名单的一行"), query.lastError());
    }
    if (Status marked = markDuplicates(form.id, current->schoolCode, current->cycle); !marked)
        return marked;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

namespace {

// The counts of a row; its record is read by LocalStore::readRow, which opens a sealed payload.
RosterRow readRosterRow(const QSqlQuery &query)
{
    RosterRow row;
    row.duplicate = query.value(17).toInt() != 0;
    row.hardCount = query.value(15).toInt() + (row.duplicate ? 1 : 0);
    row.softCount = query.value(16).toInt();
    return row;
}

const char *const rosterSelect = "SELECT %1, r.hard_issues, r.soft_issues, r.duplicate FROM records r"
                                 " LEFT JOIN outbox o ON o.record_uuid = r.uuid ";

} // namespace

Result<std::optional<RosterRow>> LocalStore::rosterRow(const FormDefinition &form, const QString &uuid)
{
    const auto current = record(uuid);
    if (!current)
        return std::optional<RosterRow>{};
    if (Status refreshed = refreshRosterIndex(form, current->schoolCode, current->cycle); !refreshed)
        return refreshed.error();
    QSqlQuery query(db());
    if (!execute(query,
                 QString(QLatin1String(rosterSelect)).arg(QLatin1String(recordColumns)) +
                     QStringLiteral("WHERE r.uuid = ? AND r.form_id = ? AND r.deleted = 0"),
                 {uuid, form.id}))
        return storeError(QCoreApplication::translate("LocalStore", "读取名单"), query.lastError());
    if (!query.next())
        return std::optional<RosterRow>{};
    RosterRow row = readRosterRow(query);
    row.record = readRow(query); // its payload opened
    return std::optional<RosterRow>{row};
}

Result<QList<RosterRow>> LocalStore::rosterPage(const FormDefinition &form, const RosterQuery &rosterQuery)
{
    if (Status refreshed = refreshRosterIndex(form, rosterQuery.schoolCode, rosterQuery.cycle); !refreshed)
        return refreshed.error();
    const auto [where, values] = rosterWhere(form, rosterQuery);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, r.hard_issues, r.soft_issues, r.duplicate FROM records r"
                                       " LEFT JOIN outbox o ON o.record_uuid = r.uuid %2%3 LIMIT ? OFFSET ?")
                            .arg(QLatin1String(recordColumns), where, rosterOrder(form, rosterQuery));
    if (!execute(query, sql,
                 QVariantList(values) << std::max(0, rosterQuery.limit) << std::max(0, rosterQuery.offset)))
        return storeError(QCoreApplication::translate("LocalStore", "读取名单"), query.lastError());
    QList<RosterRow> rows;
    while (query.next()) {
        rows.append(readRosterRow(query));
        rows.last().record = readRow(query); // its payload opened
    }
    return rows;
}

Result<int> LocalStore::rosterCount(const FormDefinition &form, const RosterQuery &rosterQuery)
{
    if (Status refreshed = refreshRosterIndex(form, rosterQuery.schoolCode, rosterQuery.cycle); !refreshed)
        return refreshed.error();
    const auto [where, values] = rosterWhere(form, rosterQuery);
    QSqlQuery query(db());
    if (!execute(query, QStringLiteral("SELECT COUNT(*) FROM records r %1").arg(where), values) ||
        !query.next())
        return storeError(QCoreApplication::translate("LocalStore", "统计名单"), query.lastError());
    return query.value(0).toInt();
}

Result<RosterIssueCounts> LocalStore::rosterIssueCounts(const FormDefinition &form, const QString &schoolCode,
                                                        const QString &cycle)
{
    if (Status refreshed = refreshRosterIndex(form, schoolCode, cycle); !refreshed)
        return refreshed.error();
    QSqlQuery query(db());
    if (!execute(query,
                 "SELECT COUNT(*), COALESCE(SUM(hard_issues > 0 OR duplicate = 1), 0),"
                 " COALESCE(SUM(soft_issues > 0), 0) FROM records"
                 " WHERE form_id = ? AND school_code = ? AND cycle = ? AND deleted = 0",
                 {form.id, schoolCode, cycle}) ||
        !query.next())
        return storeError(QCoreApplication::translate("LocalStore", "统计名单"), query.lastError());
    return RosterIssueCounts{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

Result<QStringList> LocalStore::rosterValues(const FormDefinition &form, const QString &schoolCode,
                                             const QString &cycle, const QString &fieldId)
{
    const QString column = RosterIndex::columnFor(form, fieldId);
    if (column.isEmpty())
        return QStringList{};
    if (Status refreshed = refreshRosterIndex(form, schoolCode, cycle); !refreshed)
        return refreshed.error();
    QSqlQuery query(db());
    const QString order =
        column == QLatin1String("row_class") ? QStringLiteral("length(%1), %1").arg(column) : column;
    if (!execute(query,
                 QStringLiteral("SELECT DISTINCT %1 FROM records WHERE form_id = ? AND school_code = ? AND"
                                " cycle = ? AND deleted = 0 AND %1 IS NOT NULL ORDER BY %2")
                     .arg(column, order),
                 {form.id, schoolCode, cycle}))
        return storeError(QCoreApplication::translate("LocalStore", "读取名单"), query.lastError());
    QStringList values;
    while (query.next()) {
        const QVariant value = query.value(0);
        values << (value.typeId() == QMetaType::Double ? Validator::formatNumber(value.toDouble())
                                                       : value.toString());
    }
    return values;
}

} // namespace junheng
