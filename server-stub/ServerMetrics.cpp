#include "ServerMetrics.h"

#include <QStringList>

namespace junheng::server {

namespace {
constexpr double DurationBounds[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
constexpr int BoundCount = int(sizeof DurationBounds / sizeof DurationBounds[0]);

QString number(double value)
{
    return QString::number(value, 'g', 12);
}
} // namespace

void ServerMetrics::recordRequest(const QString &route, int status, double seconds)
{
    ++m_requests[{route, status}];
    Histogram &histogram = m_durations[route];
    if (histogram.buckets.isEmpty())
        histogram.buckets.fill(0, BoundCount);
    for (int i = 0; i < BoundCount; ++i) {
        if (seconds <= DurationBounds[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void ServerMetrics::recordOutcome(const QString &outcome, int count)
{
    m_outcomes[outcome] += quint64(count);
}

void ServerMetrics::recordRateLimited(const QString &kind)
{
    ++m_rateLimited[kind];
}

QByteArray ServerMetrics::render() const
{
    QStringList lines;
    lines << QStringLiteral("# HELP junheng_http_requests_total HTTP requests by route and status.")
          << QStringLiteral("# TYPE junheng_http_requests_total counter");
    for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it) {
        lines << QStringLiteral("junheng_http_requests_total{route=\"%1\",status=\"%2\"} %3")
                     .arg(it.key().first)
                     .arg(it.key().second)
                     .arg(it.value());
    }
    lines << QStringLiteral("# HELP junheng_http_request_duration_seconds Time to answer a request.")
          << QStringLiteral("# TYPE junheng_http_request_duration_seconds histogram");
    for (auto it = m_durations.constBegin(); it != m_durations.constEnd(); ++it) {
        for (int i = 0; i < BoundCount; ++i) {
            lines << QStringLiteral("junheng_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3")
                         .arg(it.key(), number(DurationBounds[i]))
                         .arg(it->buckets.at(i));
        }
        lines << QStringLiteral("junheng_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2")
                     .arg(it.key())
                     .arg(it->count)
              << QStringLiteral("junheng_http_request_duration_seconds_sum{route=\"%1\"} %2")
                     .arg(it.key(), number(it->sum))
              << QStringLiteral("junheng_http_request_duration_seconds_count{route=\"%1\"} %2")
                     .arg(it.key())
                     .arg(it->count);
    }
    lines << QStringLiteral("# HELP junheng_push_records_total Pushed records by outcome (applied, duplicate,"
                            " conflict, rejected).")
          << QStringLiteral("# TYPE junheng_push_records_total counter");
    for (const char *outcome : {"applied", "duplicate", "conflict", "rejected"}) {
        lines << QStringLiteral("junheng_push_records_total{outcome=\"%1\"} %2")
                     .arg(QLatin1String(outcome))
                     .arg(m_outcomes.value(QLatin1String(outcome)));
    }
    lines << QStringLiteral("# HELP junheng_rate_limited_total Requests refused by a rate limit.")
          << QStringLiteral("# TYPE junheng_rate_limited_total counter");
    for (const char *kind : {"enrol", "device"}) {
        lines << QStringLiteral("junheng_rate_limited_total{limit=\"%1\"} %2")
                     .arg(QLatin1String(kind))
                     .arg(m_rateLimited.value(QLatin1String(kind)));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace junheng::server
