#pragma once

#include "Caller.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace junheng::server {

// Attachments (photos of certificates, scanned tables) uploaded in chunks, each checked against its
// SHA-256, resumable (the server says which chunks it has), and committed only when whole and its
// SHA-256 matches. The device names the upload (a uuid), so a retry after a crash resumes the same one.
class AttachmentService
{
public:
    static constexpr int ChunkBytes = 1024 * 1024;
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    explicit AttachmentService(QSqlDatabase db) : m_db(std::move(db)) {}

    // {"id", "school_code", "record_uuid", "file_name", "size", "sha256"} → the upload's state. Starting
    // again with the same id and the same description returns the state so far.
    Result<QJsonObject> begin(const Caller &caller, const QJsonObject &body);
    // One chunk (0-based); sha256Hex is the X-Chunk-SHA256 header. → the state.
    Result<QJsonObject> putChunk(const Caller &caller, const QString &id, const QString &chunk,
                                 const QByteArray &data, const QByteArray &sha256Hex);
    Result<QJsonObject> state(const Caller &caller, const QString &id);
    // Checks every chunk is there and the whole matches its SHA-256, then stores it and drops the chunks.
    Result<QJsonObject> commit(const Caller &caller, const QString &id);

private:
    struct Upload
    {
        QString county;
        QString id;
        QString schoolCode;
        QString recordUuid;
        QString fileName;
        qint64 size = 0;
        QString sha256;
        int chunkCount = 0;
        bool committed = false;
    };

    Result<Upload> find(const Caller &caller, const QString &id) const;
    Result<QList<int>> receivedChunks(const Upload &upload) const;
    Result<QJsonObject> stateOf(const Upload &upload) const;

    QSqlDatabase m_db;
};

} // namespace junheng::server
