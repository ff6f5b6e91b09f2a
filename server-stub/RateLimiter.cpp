#include "RateLimiter.h"

#include <QtMath>

namespace junheng::server {

namespace {
constexpr qint64 PruneEveryMs = 60 * 1000;
}

bool RateLimiter::allow(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_perMinute <= 0)
        return true;
    const double perMs = m_perMinute / 60000.0;
    // Full buckets carry no information: drop them now and then so the table stays small.
    if (nowMs - m_lastPruneMs > PruneEveryMs) {
        m_lastPruneMs = nowMs;
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + (nowMs - it->updatedMs) * perMs >= m_perMinute)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    it->tokens = qMin<double>(m_perMinute, it->tokens + (nowMs - it->updatedMs) * perMs);
    it->updatedMs = nowMs;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = qMax(1, int(qCeil((1 - it->tokens) / perMs / 1000.0)));
    return false;
}

} // namespace junheng::server
