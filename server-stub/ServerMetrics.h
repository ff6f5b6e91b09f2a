#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace junheng::server {

// Counters for /metrics in the Prometheus text format: requests by route and status, their durations
// (a histogram per route), records by push outcome. Per process: Prometheus scrapes every instance and
// sums, so this is the one thing two instances do not need to share.
class ServerMetrics
{
public:
    void recordRequest(const QString &route, int status, double seconds);
    void recordOutcome(const QString &outcome, int count = 1);
    void recordRateLimited(const QString &kind);
    QByteArray render() const;

private:
    struct Histogram
    {
        QList<quint64> buckets; // cumulative counts per bound of DurationBounds
        quint64 count = 0;
        double sum = 0;
    };

    QMap<QPair<QString, int>, quint64> m_requests;
    QMap<QString, Histogram> m_durations;
    QMap<QString, quint64> m_outcomes;
    QMap<QString, quint64> m_rateLimited;
};

} // namespace junheng::server
