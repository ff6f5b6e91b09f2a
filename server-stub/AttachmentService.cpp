#include "AttachmentService.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "Protocol.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace junheng::server {

namespace {

Error invalid(const QString &message)
{
    return makeError("request.invalid", message);
}

bool isLowerUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

bool isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<AttachmentService::Upload> AttachmentService::find(const Caller &caller, const QString &id) const
{
    if (!isLowerUuid(id))
        return invalid(QStringLiteral("附件编号“%1”格式不对（应为小写 8-4-4-4-12）。").arg(id.left(40)));
    QSqlQuery query(m_db);
    // An admin looks in every county; everyone else only in their own.
    query.prepare(QStringLiteral("SELECT county_code, id, school_code, record_uuid, file_name, size, sha256,"
                                 " chunk_count, committed_at FROM attachments WHERE id = ?%1")
                      .arg(caller.isAdmin() ? QString() : QStringLiteral(" AND county_code = ?")));
    query.addBindValue(id);
    if (!caller.isAdmin())
        query.addBindValue(caller.countyCode);
    if (!query.exec())
        return storageError(QStringLiteral("读取附件"), query.lastError().text());
    if (!query.next())
        return makeError(
            "attachment.unknown",
            QStringLiteral("服务器上没有编号为 %1 的附件上传。请先开始上传（POST /api/v1/attachments）。")
                .arg(id));
    Upload upload{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                  query.value(6).toString(), query.value(7).toInt(),    !query.value(8).isNull()};
    auto school = CountyDirectory(m_db, upload.county).school(upload.schoolCode);
    if (!school)
        return school.error();
    if (!school.value() || !caller.covers(*school.value()))
        return makeError("scope.forbidden",
                         QStringLiteral("本设备只能上传和查看%1的附件。").arg(caller.describeScope()));
    return upload;
}

Result<QList<int>> AttachmentService::receivedChunks(const Upload &upload) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT chunk FROM attachment_chunks WHERE county_code = ? AND attachment_id = ?"
                       " ORDER BY chunk"));
    query.addBindValue(upload.county);
    query.addBindValue(upload.id);
    if (!query.exec())
        return storageError(QStringLiteral("读取附件分块"), query.lastError().text());
    QList<int> chunks;
    while (query.next())
        chunks.append(query.value(0).toInt());
    return chunks;
}

Result<QJsonObject> AttachmentService::stateOf(const Upload &upload) const
{
    QJsonArray received;
    if (!upload.committed) {
        auto chunks = receivedChunks(upload);
        if (!chunks)
            return chunks.error();
        for (int chunk : chunks.value())
            received.append(chunk);
    }
    return QJsonObject{{"id", upload.id},
                       {"record_uuid", upload.recordUuid},
                       {"school_code", upload.schoolCode},
                       {"size", upload.size},
                       {"sha256", upload.sha256},
                       {"chunk_size", ChunkBytes},
                       {"chunk_count", upload.chunkCount},
                       {"received", received},
                       {"committed", upload.committed}};
}

Result<QJsonObject> AttachmentService::begin(const Caller &caller, const QJsonObject &body)
{
    for (const char *key : {"id", "school_code", "record_uuid", "file_name", "sha256"}) {
        if (!body.value(QLatin1String(key)).isString() || body.value(QLatin1String(key)).toString().isEmpty())
            return invalid(QStringLiteral("开始上传附件需要字段 %1（文字）。").arg(QLatin1String(key)));
    }
    const QString id = body.value("id").toString();
    const QString recordUuid = body.value("record_uuid").toString();
    const QString fileName = body.value("file_name").toString().trimmed();
    const QString sha256 = body.value("sha256").toString();
    const QJsonValue sizeValue = body.value("size");
    const double size = sizeValue.toDouble(-1);
    if (!isLowerUuid(id) || !isLowerUuid(recordUuid))
        return invalid(QStringLiteral("id 和 record_uuid 应是小写 8-4-4-4-12 格式的 uuid。"));
    if (!isSha256(sha256))
        return invalid(QStringLiteral("sha256 应是 64 位小写十六进制数字。"));
    if (fileName.size() > 200 || fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')))
        return invalid(
            QStringLiteral("文件名“%1”不合适：不能含 / 或 \\，最长 200 个字。").arg(fileName.left(200)));
    if (!sizeValue.isDouble() || size < 1 || size != qint64(size))
        return invalid(QStringLiteral("size 应是文件的字节数（正整数）。"));
    if (size > MaxBytes)
        return makeError("request.too_large", QStringLiteral("附件有 %1 MiB，超过了 %2 MiB 的上限。")
                                                  .arg(qint64(size) / (1024 * 1024))
                                                  .arg(MaxBytes / (1024 * 1024)));
    auto school = CountyDirectory(m_db, caller.countyCode).school(body.value("school_code").toString());
    if (!school)
        return school.error();
    if (!school.value() || !caller.covers(*school.value()))
        return makeError("scope.forbidden",
                         QStringLiteral("本设备只能上传%1的附件，学校 %2 不在其中。")
                             .arg(caller.describeScope(), body.value("school_code").toString().left(40)));

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    Upload upload{school.value()->countyCode,
                  id,
                  school.value()->code,
                  recordUuid,
                  fileName,
                  qint64(size),
                  sha256,
                  int((qint64(size) + ChunkBytes - 1) / ChunkBytes),
                  false};
    auto existing = find(caller, id);
    if (existing) {
        const Upload &known = existing.value();
        if (known.schoolCode != upload.schoolCode || known.recordUuid != recordUuid ||
            known.size != upload.size || known.sha256 != sha256)
            return makeError(
                "attachment.conflict",
                QStringLiteral("附件编号 %1 已用于另一个文件。请为新文件生成新的编号。").arg(id));
        return stateOf(known);
    }
    if (existing.error().code != QLatin1String("attachment.unknown"))
        return existing.error();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO attachments (county_code, id, school_code, record_uuid, file_name,"
                       " size, sha256, chunk_size, chunk_count, device_id, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(upload.county), QVariant(id), QVariant(upload.schoolCode), QVariant(recordUuid),
          QVariant(fileName), QVariant(upload.size), QVariant(sha256), QVariant(ChunkBytes),
          QVariant(upload.chunkCount), QVariant(caller.deviceId),
          QVariant(protocol::isoTime(QDateTime::currentDateTimeUtc()))})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("开始附件上传"), query.lastError().text());
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stateOf(upload);
}

Result<QJsonObject> AttachmentService::putChunk(const Caller &caller, const QString &id,
                                                const QString &chunkText, const QByteArray &data,
                                                const QByteArray &sha256Hex)
{
    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto upload = find(caller, id);
    if (!upload)
        return upload.error();
    if (upload->committed)
        return stateOf(upload.value()); // a late retry of a chunk of a finished upload: nothing to do
    bool ok = false;
    const int chunk = chunkText.toInt(&ok);
    if (!ok || chunk < 0 || chunk >= upload->chunkCount)
        return invalid(QStringLiteral("分块序号应是 0 到 %1 的整数，收到的是“%2”。")
                           .arg(upload->chunkCount - 1)
                           .arg(chunkText.left(20)));
    const qint64 expected =
        chunk < upload->chunkCount - 1 ? ChunkBytes : upload->size - qint64(chunk) * ChunkBytes;
    if (data.size() != expected)
        return invalid(
            QStringLiteral("第 %1 块应有 %2 字节，收到 %3 字节。").arg(chunk).arg(expected).arg(data.size()));
    const QString declared = QString::fromLatin1(sha256Hex.trimmed()).toLower();
    if (!isSha256(declared))
        return invalid(QStringLiteral("缺少 X-Chunk-SHA256 头（这一块内容的 SHA-256，64 位十六进制）。"));
    const QString actual = sha256Of(data);
    if (actual != declared)
        return makeError(
            "attachment.chunk_mismatch",
            QStringLiteral("第 %1 块的内容与它的 SHA-256 不符：传输中可能损坏，请重新发送这一块。")
                .arg(chunk));
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT sha256 FROM attachment_chunks WHERE county_code = ? AND attachment_id = ?"
                       " AND chunk = ?"));
    query.addBindValue(upload->county);
    query.addBindValue(id);
    query.addBindValue(chunk);
    if (!query.exec())
        return storageError(QStringLiteral("读取附件分块"), query.lastError().text());
    if (!query.next()) {
        query.prepare(
            QStringLiteral("INSERT INTO attachment_chunks (county_code, attachment_id, chunk, sha256, data)"
                           " VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(upload->county);
        query.addBindValue(id);
        query.addBindValue(chunk);
        query.addBindValue(actual);
        query.addBindValue(data);
        if (!query.exec())
            return storageError(QStringLiteral("写入附件分块"), query.lastError().text());
    } else if (query.value(0).toString() != actual) {
        return makeError(
            "attachment.conflict",
            QStringLiteral("服务器已有第 %1 块，内容与这次的不同。同一个附件编号只能用于同一个文件。")
                .arg(chunk));
    }
    query.finish();
    auto state = stateOf(upload.value());
    if (!state)
        return state;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return state;
}

Result<QJsonObject> AttachmentService::state(const Caller &caller, const QString &id)
{
    auto upload = find(caller, id);
    if (!upload)
        return upload.error();
    return stateOf(upload.value());
}

Result<QJsonObject> AttachmentService::commit(const Caller &caller, const QString &id)
{
    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto upload = find(caller, id);
    if (!upload)
        return upload.error();
    if (upload->committed)
        return stateOf(upload.value()); // committing twice is a success that changes nothing
    auto chunks = receivedChunks(upload.value());
    if (!chunks)
        return chunks.error();
    QStringList missing;
    for (int chunk = 0; chunk < upload->chunkCount; ++chunk) {
        if (!chunks->contains(chunk))
            missing.append(QString::number(chunk));
    }
    if (!missing.isEmpty())
        return makeError("attachment.incomplete",
                         QStringLiteral("附件还缺 %1 块（第 %2 块），请先发送它们再提交。")
                             .arg(missing.size())
                             .arg(missing.mid(0, 20).join(QStringLiteral("、"))));
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT data FROM attachment_chunks WHERE county_code = ? AND attachment_id = ?"
                       " ORDER BY chunk"));
    query.addBindValue(upload->county);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QStringLiteral("读取附件分块"), query.lastError().text());
    QByteArray content;
    content.reserve(upload->size);
    while (query.next())
        content += query.value(0).toByteArray();
    if (content.size() != upload->size || sha256Of(content) != upload->sha256)
        return makeError(
            "attachment.checksum_mismatch",
            QStringLiteral("拼起来的文件（%1 字节）与开始上传时说的大小或 SHA-256 不符，没有保存。"
                           "请检查文件后用新的附件编号重新上传。")
                .arg(content.size()));
    query.prepare(QStringLiteral(
        "UPDATE attachments SET content = ?, committed_at = ? WHERE county_code = ? AND id = ?"));
    query.addBindValue(content);
    query.addBindValue(protocol::isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(upload->county);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QStringLiteral("保存附件"), query.lastError().text());
    query.prepare(
        QStringLiteral("DELETE FROM attachment_chunks WHERE county_code = ? AND attachment_id = ?"));
    query.addBindValue(upload->county);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QStringLiteral("删除附件分块"), query.lastError().text());
    query.finish();
    if (Status status = AuditLog(m_db).write(
            upload->county, caller.actor(), QStringLiteral("attachment"), id,
            QStringLiteral("%1 %2 %3 bytes").arg(upload->recordUuid, upload->fileName).arg(upload->size));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    upload->committed = true;
    return stateOf(upload.value());
}

} // namespace junheng::server
