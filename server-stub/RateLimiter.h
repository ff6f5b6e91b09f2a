#pragma once

#include <QHash>
#include <QString>

namespace junheng::server {

// Token buckets, one per key (a remote address for enrolment, a device for requests): `perMinute`
// requests a minute on average, bursts of up to `perMinute`. In memory on purpose: it is the only state
// a server instance keeps, so two instances behind one address each allow the limit (a device may get up
// to twice the rate across two); everything that must agree is in the database.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute = 0) : m_perMinute(perMinute) {}

    void setPerMinute(int perMinute) { m_perMinute = perMinute; }
    int perMinute() const { return m_perMinute; }
    // Whether a request now is allowed (and counts it); retryAfterSeconds when not. nowMs: a monotonic clock.
    bool allow(const QString &key, qint64 nowMs, int *retryAfterSeconds = nullptr);
    qsizetype trackedKeys() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace junheng::server
