#pragma once

#include "DashboardModel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace junheng {

struct AssessmentReport;

// The county home's indicators by town: the engine's report that a DashboardModel computed (for the cycle
// it was given), grouped per town — school units passing 6 of R1–R7, each town's difference coefficients
// against their limits, fitness pass and excellent rates, the myopia rate — with the county as a whole
// as the last row. Nothing is computed again: every figure is one of the report's.
class CountyIndicators : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(junheng::DashboardModel *source READ source WRITE setSource NOTIFY sourceChanged)
    // Per town, then the county: {name, county (bool), units, unitsPassing, cvs [{stage, code, cv, limit,
    // state}], cvFailing, cvComputed, fitnessTested, fitnessPass, fitnessExcellentGood, fitnessPassState,
    // fitnessExcellentState, myopiaScreened, myopiaRate}; rates are fractions or null when not computed.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    explicit CountyIndicators(QObject *parent = nullptr);

    DashboardModel *source() const { return m_source; }
    void setSource(DashboardModel *source);
    QVariantList rows() const { return m_rows; }
    QString summary() const { return m_summary; }

    // The rows of a report (also for tests and benchmarks without QML).
    static QVariantList rowsOf(const AssessmentReport &report, const QString &countyName);

Q_SIGNALS:
    void sourceChanged();
    void changed();

private:
    void rebuild();

    QPointer<DashboardModel> m_source;
    QVariantList m_rows;
    QString m_summary;
};

} // namespace junheng
