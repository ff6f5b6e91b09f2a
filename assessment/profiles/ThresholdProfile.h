#pragma once

#include "Result.h"
#include "Threshold.h"

#include <QHash>
#include <QStringList>

namespace junheng {

// Thresholds as data: a profile (national, a province, a county) names its parent and overrides some of
// its values; loading resolves the chain so every key has a value and the profile that set it.
class ThresholdProfile
{
public:
    static constexpr const char *builtInDirectory = ":/standards/profiles";

    // Loads <directory>/<id>.json and its parents. Refuses a profile whose chain lacks a required key.
    static Result<ThresholdProfile> load(const QString &id, const QString &directory = builtInDirectory);
    // The profiles a directory offers (id -> name), for choosing one.
    static QHash<QString, QString> available(const QString &directory = builtInDirectory);
    // The keys every resolved profile must have (the national profile has them all).
    static const QStringList &requiredKeys();

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QStringList chain() const { return m_chain; } // leaf first: huantai, shandong, national

    bool has(const QString &key) const { return m_values.contains(key); }
    Threshold get(const QString &key) const { return m_values.value(key); }
    double value(const QString &key) const { return m_values.value(key).value; }
    // Overrides one value (a county's correction, or a test).
    void set(const QString &key, double value, const QString &source);

private:
    QString m_id;
    QString m_name;
    QStringList m_chain;
    QHash<QString, Threshold> m_values;
};

} // namespace junheng
