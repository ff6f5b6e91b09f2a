#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <gtest/gtest.h>

// Direct SQL on the open store's connection, for tests that set up states the API reaches only after
// validation or a sync.
namespace junheng::storetest {

inline QSqlQuery storeSql()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith("junheng-store-"))
            return QSqlQuery(QSqlDatabase::database(name));
    return QSqlQuery();
}

// Finalise without validation (the content is only what the test needs), as finalise() does, and queue the
// revision in the outbox.
inline void queueFinalised(const QString &uuid, int revision)
{
    QSqlQuery query = storeSql();
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE records SET status = 'finalised', base_revision ="
                                          " server_revision WHERE uuid = '%1'")
                               .arg(uuid)));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO outbox (record_uuid, revision, queued_at) VALUES"
                                          " ('%1', %2, '2026-01-01T00:00:00.000Z')")
                               .arg(uuid)
                               .arg(revision)));
}

} // namespace junheng::storetest
