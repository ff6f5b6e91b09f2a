#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

// A TCP proxy on 127.0.0.1 between real clients and the real server that injects faults into the
// byte stream: each chunk read from either side is, with probability faultRate, dropped (both sides
// closed), delayed, cut (a prefix forwarded, then both closed) or reset (the client gets a TCP RST).
// It also counts the bytes that cross it, so benchmarks measure the wire rather than guess it.
// Deterministic for a seed, apart from the timing of the kernel's chunks.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault { Drop, Delay, Cut, Reset };

    FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setFaultRate(double rate) { m_faultRate = rate; }
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }
    // The next chunk from a client that contains `marker` (e.g. "POST /api/v1/records/push") is
    // forwarded and then markerForwarded is emitted (used to kill the server mid-batch).
    void armMarker(const QByteArray &marker) { m_marker = marker; }

    int faultsInjected() const { return m_faults; }
    int faults(Fault kind) const { return m_byKind.value(int(kind)); }
    qint64 bytesFromClients() const { return m_bytesUp; }
    qint64 bytesFromServer() const { return m_bytesDown; }
    int connections() const { return m_connections; }
    void resetCounters();

Q_SIGNALS:
    void markerForwarded();

private:
    struct Pair;
    void accept();
    void onReadable(Pair *pair, bool fromClient);
    void forward(Pair *pair, bool fromClient, const QByteArray &bytes);
    void flushHeld(Pair *pair, bool fromClient);
    void close(Pair *pair, bool reset);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    double m_faultRate = 0.0;
    int m_maxDelayMs = 300;
    QByteArray m_marker;
    QList<Pair *> m_pairs;
    int m_faults = 0;
    QMap<int, int> m_byKind;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    int m_connections = 0;
};
