// The client killed -9 while it saves, 200 times: the database must open every time and hold every save
// the store had confirmed before the kill (a confirmed finalise also in the outbox).
#include "LocalStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

struct Confirmed
{
    int revision = 0;
    QString hash;
    QString status;
};

// Reads the saver's output until it has confirmed `saves` more saves (or the timeout); returns them.
QList<QByteArray> readConfirmations(QProcess &process, int saves)
{
    QList<QByteArray> lines;
    QByteArray buffer;
    while (lines.size() < saves && process.waitForReadyRead(10000)) {
        buffer += process.readAllStandardOutput();
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            lines.append(buffer.left(end));
            buffer.remove(0, end + 1);
        }
    }
    return lines;
}

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "integrity");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec("PRAGMA integrity_check") && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase("integrity");
    return result;
}

} // namespace

TEST(CrashSaveTest, TwoHundredKillsDuringSavesLoseNoConfirmedSave)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath("junheng.db");
    QHash<QString, Confirmed> confirmed;
    QRandomGenerator random(42);
    int totalSaves = 0;
    for (int kill = 0; kill < 200; ++kill) {
        QProcess saver;
        saver.start(JUNHENG_CRASH_SAVER, {path, JUNHENG_FAULT_FORMS, QString::number(kill)});
        ASSERT_TRUE(saver.waitForStarted(10000));
        const QList<QByteArray> lines = readConfirmations(saver, 1 + int(random.bounded(12)));
        saver.kill(); // SIGKILL, in the middle of whatever save comes next
        saver.waitForFinished(10000);
        ASSERT_FALSE(lines.isEmpty()) << "run " << kill << ": " << saver.readAllStandardError().toStdString();
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            ASSERT_EQ(parts.size(), 5) << line.toStdString();
            confirmed[QString::fromLatin1(parts[1])] = {parts[2].toInt(), QString::fromLatin1(parts[3]),
                                                        QString::fromLatin1(parts[4])};
            ++totalSaves;
        }

        ASSERT_EQ(integrityCheck(path), "ok") << "after kill " << kill;
        auto store = LocalStore::open(path);
        ASSERT_TRUE(store) << "after kill " << kill << ": " << store.error().message.toStdString();
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
            const auto record = store.value()->record(it.key());
            ASSERT_TRUE(record.has_value()) << "a confirmed save is gone after kill " << kill;
            // A save after the last line may have committed before the kill: never less than confirmed.
            ASSERT_GE(record->revision, it->revision);
            if (record->revision == it->revision && record->payloadHash != it->hash) {
                // The same revision saved again as a draft after the confirmation line: allowed only for
                // a draft (a finalised revision never changes).
                ASSERT_EQ(it->status, "draft") << "a finalised revision changed after kill " << kill;
            }
        }
    }
    EXPECT_GT(totalSaves, 600);
    std::cout << "kills 200, confirmed saves " << totalSaves << ", records " << confirmed.size() << std::endl;
}
