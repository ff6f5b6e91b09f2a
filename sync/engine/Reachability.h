#pragma once

#include <QObject>
#include <QString>

namespace junheng {

// Whether the network is there, from Qt's QNetworkInformation (NetworkManager on Linux, the system's
// own elsewhere). On a system without a backend (Debian without NetworkManager, a container) nothing
// is known: isOnline() stays true and the sync engine's retry timer with backoff does the work alone.
class Reachability : public QObject
{
    Q_OBJECT

public:
    explicit Reachability(QObject *parent = nullptr);

    // Loads the platform's backend (once per process); false when there is none.
    bool start();
    bool hasBackend() const { return m_backend; }
    // False only when the backend says the network is gone (or only the local network is there).
    bool isOnline() const { return m_online; }
    QString backendName() const { return m_name; }

    // For tests and platforms that learn of the network another way.
    void setOnline(bool online);

Q_SIGNALS:
    void cameOnline();
    void wentOffline();

private:
    bool m_started = false;
    bool m_backend = false;
    bool m_online = true;
    QString m_name;
};

} // namespace junheng
