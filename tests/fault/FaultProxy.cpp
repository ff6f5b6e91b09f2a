#include "FaultProxy.h"

#include <QHostAddress>
#include <QTimer>

#include <sys/socket.h>

struct FaultProxy::Pair
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray toUpstream; // read from the client before the upstream connection was up
    QByteArray held[2];    // [fromClient]: bytes held back by a delay, in order
    bool holding[2] = {false, false};
    bool closed = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    for (Pair *pair : std::as_const(m_pairs)) {
        if (pair->client)
            pair->client->abort();
        if (pair->upstream)
            pair->upstream->abort();
        delete pair;
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::resetCounters()
{
    m_faults = 0;
    m_byKind.clear();
    m_bytesUp = m_bytesDown = 0;
    m_connections = 0;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *pair = new Pair;
        m_pairs.append(pair);
        pair->client = client;
        pair->upstream = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, [this, pair] { onReadable(pair, true); });
        connect(pair->upstream, &QTcpSocket::readyRead, this, [this, pair] { onReadable(pair, false); });
        connect(pair->upstream, &QTcpSocket::connected, this, [this, pair] {
            if (!pair->toUpstream.isEmpty())
                pair->upstream->write(std::exchange(pair->toUpstream, {}));
        });
        // Either side going away ends the pair, after what the other side sent has been passed on.
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { close(pair, false); });
        connect(pair->upstream, &QTcpSocket::disconnected, this, [this, pair] {
            onReadable(pair, false);
            close(pair, false);
        });
        connect(pair->upstream, &QTcpSocket::errorOccurred, this,
                [this, pair](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        close(pair, false); // the server is down: the client sees its connection closed
                });
        // Forwarded as it comes: Nagle's algorithm here would hold back what the two ends wrote at once.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        pair->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
}

void FaultProxy::onReadable(Pair *pair, bool fromClient)
{
    QTcpSocket *from = fromClient ? pair->client : pair->upstream;
    if (pair->closed || !from)
        return;
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    (fromClient ? m_bytesUp : m_bytesDown) += bytes.size();
    if (m_faultRate > 0 && m_random.generateDouble() < m_faultRate) {
        ++m_faults;
        const auto kind = Fault(m_random.bounded(4));
        ++m_byKind[int(kind)];
        switch (kind) {
        case Fault::Drop:
            close(pair, false);
            return;
        case Fault::Cut:
            forward(pair, fromClient, bytes.left(int(m_random.bounded(qMax<qsizetype>(1, bytes.size())))));
            close(pair, false);
            return;
        case Fault::Reset:
            close(pair, true);
            return;
        case Fault::Delay:
            pair->holding[fromClient] = true;
            pair->held[fromClient] += bytes;
            QTimer::singleShot(int(m_random.bounded(m_maxDelayMs + 1)), this,
                               [this, pair, fromClient] { flushHeld(pair, fromClient); });
            return;
        }
    }
    if (pair->holding[fromClient]) {
        pair->held[fromClient] += bytes; // keep the order behind what a delay holds
        return;
    }
    forward(pair, fromClient, bytes);
    if (fromClient && !m_marker.isEmpty() && bytes.contains(m_marker)) {
        m_marker.clear();
        Q_EMIT markerForwarded();
    }
}

void FaultProxy::forward(Pair *pair, bool fromClient, const QByteArray &bytes)
{
    if (pair->closed || bytes.isEmpty())
        return;
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
    if (!to)
        return;
    if (fromClient && to->state() != QAbstractSocket::ConnectedState)
        pair->toUpstream += bytes;
    else
        to->write(bytes);
}

void FaultProxy::flushHeld(Pair *pair, bool fromClient)
{
    if (!m_pairs.contains(pair))
        return;
    pair->holding[fromClient] = false;
    forward(pair, fromClient, std::exchange(pair->held[fromClient], {}));
}

void FaultProxy::close(Pair *pair, bool reset)
{
    if (pair->closed)
        return;
    pair->closed = true;
    if (pair->client) {
        if (reset) {
            // SO_LINGER 0 makes close() send RST instead of FIN.
            const linger hard{1, 0};
            ::setsockopt(int(pair->client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            pair->client->abort();
        } else {
            pair->client->flush();
            pair->client->disconnectFromHost();
        }
        pair->client->deleteLater();
    }
    if (pair->upstream) {
        pair->upstream->abort();
        pair->upstream->deleteLater();
    }
    // The pair itself stays (cheap) until the proxy goes, so late timers find it closed.
}
