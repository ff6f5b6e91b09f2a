#include "WalCheckpointer.h"

#include <QTimer>
#include <memory>
#include <sqlite3.h>

namespace junheng::server {

WalCheckpointer::WalCheckpointer(const QString &databaseFile)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("junheng-checkpoint"));
    m_thread.start();
    const QByteArray path = databaseFile.toUtf8();
    QMetaObject::invokeMethod(
        m_context,
        [this, path] {
            sqlite3 *db = nullptr;
            // Same file, same process, same SQLite library as the server's connection: SQLite coordinates
            // the two through the log's shared index. FULL: the file is synced after each checkpoint.
            if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                nullptr) != SQLITE_OK ||
                sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
                m_openError = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
                sqlite3_close(db);
                m_opened.store(true);
                return;
            }
            sqlite3_busy_timeout(db, 1000);
            m_opened.store(true);
            auto *timer = new QTimer(m_context);
            auto copiedBefore = std::make_shared<int>(0);
            QObject::connect(timer, &QTimer::timeout, m_context, [this, db, copiedBefore] {
                // `copied` counts the frames of the current log that are in the file now, this pass's
                // and earlier ones'; the log starts again from empty once all of it was copied.
                int logFrames = 0;
                int copied = 0;
                if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied) !=
                    SQLITE_OK)
                    return;
                if (copied > 0 && copied != *copiedBefore)
                    m_passes.fetch_add(1);
                *copiedBefore = copied;
            });
            QObject::connect(m_context, &QObject::destroyed, [db] { sqlite3_close(db); });
            timer->start(IntervalMs);
        },
        Qt::QueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    // The context (and its timer and connection) goes with the thread's last events.
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString WalCheckpointer::openError() const
{
    return m_opened.load() ? m_openError : QString();
}

} // namespace junheng::server
