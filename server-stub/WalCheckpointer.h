#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>

namespace junheng::server {

// Copies an SQLite database's write-ahead log back into the database file from a connection and a thread
// of its own, a few times a second (a PASSIVE checkpoint: it never waits for, nor blocks, the server's
// writes and reads). Without it the commit that fills the log past SQLite's threshold does the copy and its
// fsync itself, while the push it commits waits. The server's own connection keeps a much larger threshold
// (BackstopPages) in case this one stops. Started by ApiServer for an SQLite database.
class WalCheckpointer
{
public:
    static constexpr int IntervalMs = 200;
    static constexpr int BackstopPages = 10000; // the server connection's wal_autocheckpoint (~40 MB)

    explicit WalCheckpointer(const QString &databaseFile);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // How many passes found frames in the log and copied them into the database file (for tests).
    qint64 passesThatCopied() const { return m_passes.load(); }
    // Why the checkpointer's connection could not be opened, or empty.
    QString openError() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::atomic<qint64> m_passes{0};
    QString m_openError; // written in the thread before its first checkpoint
    std::atomic<bool> m_opened{false};
};

} // namespace junheng::server
