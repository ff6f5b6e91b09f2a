#include "Reachability.h"

#include <QNetworkInformation>

namespace junheng {

namespace {

bool reachesServers(QNetworkInformation::Reachability reachability)
{
    // Unknown counts as online: a backend that cannot tell must not stop syncing.
    return reachability == QNetworkInformation::Reachability::Online ||
           reachability == QNetworkInformation::Reachability::Site ||
           reachability == QNetworkInformation::Reachability::Unknown;
}

} // namespace

Reachability::Reachability(QObject *parent) : QObject(parent) {}

bool Reachability::start()
{
    if (m_started)
        return m_backend;
    m_started = true;
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!information &&
        (QNetworkInformation::loadDefaultBackend() ||
         QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)))
        information = QNetworkInformation::instance();
    if (!information || !information->supports(QNetworkInformation::Feature::Reachability))
        return false;
    m_backend = true;
    m_name = information->backendName();
    m_online = reachesServers(information->reachability());
    connect(
        information, &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability reachability) { setOnline(reachesServers(reachability)); });
    return true;
}

void Reachability::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        Q_EMIT cameOnline();
    else
        Q_EMIT wentOffline();
}

} // namespace junheng
