// Pushes are read on the server's push thread and stored on its main thread (ApiPushRoute.cpp): several
// arriving at once are each stored once and answered on their own connection, and a device that hangs up
// before its reply loses nothing and stops nothing.
#include "TestServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

const QString School = QStringLiteral("3703990101");

QByteArray pushRequest(const QString &token, const QList<QJsonObject> &records, const QByteArray &extra = {})
{
    const QByteArray body = QJsonDocument(pushBody(records)).toJson(QJsonDocument::Compact);
    return "POST /api/v1/records/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           extra + "Authorization: Bearer " + token.toLatin1() +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The reply's body once the whole of it has arrived (by Content-Length), else empty.
QByteArray replyBody(const QByteArray &received, int *status)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    const QByteArray head = received.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0)
        return {};
    const qsizetype length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    if (received.size() < end + 4 + length)
        return {};
    *status = received.mid(9, 3).toInt();
    return received.mid(end + 4, length);
}

// Runs the event loop (the server is in this thread) until `done` or the deadline.
template <typename Done> bool waitFor(Done done, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

int count(TestServer &server, const QString &sql)
{
    QSqlQuery query(server.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST(PushPipelineTest, PushesArrivingAtOnceAreEachStoredOnceAndAnsweredOnTheirOwnConnection)
{
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    const QString token = server.enrol(School);
    ASSERT_FALSE(token.isEmpty());
    // Eight connections, each with a batch of its own; the last one repeats the first batch.
    constexpr int Connections = 8;
    QList<QList<QJsonObject>> batches;
    for (int c = 0; c < Connections - 1; ++c) {
        QList<QJsonObject> batch;
        for (int r = 0; r < 20; ++r) // S4 is one per school and cycle: a cycle each
            batch.append(wireRecord(newUuid(), School, "S4", validS4Payload(), 1, 0,
                                    QString::number(2000 + c * 20 + r)));
        batches.append(batch);
    }
    batches.append(batches.first());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(Connections);
    for (int c = 0; c < Connections; ++c) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *socket = sockets.back().get();
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [socket, &received, c] { received[c] += socket->readAll(); });
        socket->connectToHost(QStringLiteral("127.0.0.1"), server.port());
    }
    ASSERT_TRUE(waitFor([&] {
        return std::all_of(sockets.begin(), sockets.end(),
                           [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
    }));
    for (int c = 0; c < Connections; ++c)
        sockets[c]->write(pushRequest(token, batches.at(c)));
    int statuses[Connections] = {};
    ASSERT_TRUE(waitFor([&] {
        for (int c = 0; c < Connections; ++c) {
            if (replyBody(received[c], &statuses[c]).isEmpty())
                return false;
        }
        return true;
    })) << "not every connection was answered";

    QSet<qint64> seqs;
    for (int c = 0; c < Connections; ++c) {
        ASSERT_EQ(statuses[c], 200) << c;
        const QJsonArray results =
            QJsonDocument::fromJson(replyBody(received[c], &statuses[c])).object().value("results").toArray();
        ASSERT_EQ(results.size(), 20) << c;
        for (int r = 0; r < 20; ++r) {
            const QJsonObject result = results.at(r).toObject();
            // Each reply answers its own connection's records, in order.
            EXPECT_EQ(result.value("uuid").toString(), batches.at(c).at(r).value("uuid").toString());
            if (c == Connections - 1) {
                EXPECT_EQ(result.value("outcome").toString(), "duplicate");
            } else {
                EXPECT_EQ(result.value("outcome").toString(), "applied");
                seqs.insert(result.value("seq").toInteger());
            }
        }
    }
    EXPECT_EQ(seqs.size(), (Connections - 1) * 20);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM records"), (Connections - 1) * 20);
}

TEST(PushPipelineTest, APushWhoseDeviceHangsUpBeforeTheReplyIsStoredAndTheServerGoesOn)
{
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    const QString token = server.enrol(School);
    ASSERT_FALSE(token.isEmpty());
    QList<QJsonObject> batch;
    for (int r = 0; r < 50; ++r)
        batch.append(wireRecord(newUuid(), School, "S4", validS4Payload(), 1, 0, QString::number(2000 + r)));
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        ASSERT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write(pushRequest(token, batch));
        // The whole request goes out, then the device is gone before any reply.
        socket.disconnectFromHost();
        ASSERT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
    }
    ASSERT_TRUE(waitFor([&] { return count(server, "SELECT COUNT(*) FROM records") == 50; }))
        << "the push of the device that hung up was not stored";
    // The same batch again, as the device would send it next time: duplicates, nothing stored twice.
    const HttpReply again = server.postJson("/api/v1/records/push", pushBody(batch), token);
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    const QJsonArray results = again.json.value("results").toArray();
    ASSERT_EQ(results.size(), 50);
    for (const QJsonValue &result : results)
        EXPECT_EQ(result.toObject().value("outcome").toString(), "duplicate");
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM records"), 50);
    EXPECT_EQ(server.get("/api/v1/health").status, 200);
}

TEST(PushPipelineTest, APushAskingToCloseItsConnectionIsAnsweredFirst)
{
    // The reply is written after the route's handler has returned: the connection must still be open.
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    const QString token = server.enrol(School);
    ASSERT_FALSE(token.isEmpty());
    const QList<QJsonObject> batch{wireRecord(newUuid(), School, "S4", validS4Payload())};
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(pushRequest(token, batch, "Connection: close\r\n"));
    int status = 0;
    ASSERT_TRUE(waitFor([&] { return !replyBody(received, &status).isEmpty(); })) << received.toStdString();
    EXPECT_EQ(status, 200);
    const QJsonArray results =
        QJsonDocument::fromJson(replyBody(received, &status)).object().value("results").toArray();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).toObject().value("outcome").toString(), "applied");
}
