#include "CountyIndicators.h"

#include "AssessmentReport.h"
#include "DashboardModel.h"

#include <QMap>

namespace junheng {

namespace {

QVariant fraction(const ItemResult &item)
{
    return item.value ? QVariant(*item.value) : QVariant();
}

// The cells of the areas named `area` (every area when it is null: the county's).
QVariantList coefficientCells(const QList<AreaAssessment> &areas, const QString &area, int *failing,
                              int *computed)
{
    QVariantList cells;
    for (const AreaAssessment &assessment : areas) {
        if ((!area.isNull() && assessment.area != area) || assessment.units == 0)
            continue;
        for (const AreaIndicator &indicator : assessment.indicators) {
            const ItemResult &result = indicator.result;
            cells << QVariantMap{{"stage", stageLabel(assessment.stage)},
                                 {"code", indicator.code},
                                 {"cv", result.value ? QVariant(*result.value) : QVariant()},
                                 {"limit", result.threshold ? QVariant(result.threshold->value) : QVariant()},
                                 {"state", itemStateName(result.state)}};
            *failing += result.state == ItemState::Fail;
            *computed += result.value.has_value();
        }
    }
    return cells;
}

} // namespace

CountyIndicators::CountyIndicators(QObject *parent) : QObject(parent) {}

void CountyIndicators::setSource(DashboardModel *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &DashboardModel::computed, this, &CountyIndicators::rebuild);
    Q_EMIT sourceChanged();
    rebuild();
}

QVariantList CountyIndicators::rowsOf(const AssessmentReport &report, const QString &countyName)
{
    // Towns in the order the report met their units (the directory's), then any with only fitness/myopia.
    QStringList towns;
    QHash<QString, std::pair<int, int>> units; // town -> units, passing
    for (const UnitAssessment &unit : report.units) {
        if (!towns.contains(unit.unit.town))
            towns << unit.unit.town;
        auto &count = units[unit.unit.town];
        ++count.first;
        count.second += unit.rule.passed() ? 1 : 0;
    }
    for (const FitnessGroup &group : report.fitnessGroups)
        if (group.level == QLatin1String("town") && !towns.contains(group.key))
            towns << group.key;
    for (const MyopiaGroup &group : report.myopiaGroups)
        if (group.level == QLatin1String("town") && !towns.contains(group.key))
            towns << group.key;

    auto rowFor = [&](const QString &name, bool county) {
        const QString level = county ? QStringLiteral("county") : QStringLiteral("town");
        int failing = 0, computed = 0;
        QVariantMap row{{"name", name}, {"county", county}};
        if (county) {
            int all = 0, passing = 0;
            for (const auto &count : units) {
                all += count.first;
                passing += count.second;
            }
            row.insert("units", all);
            row.insert("unitsPassing", passing);
            row.insert("cvs", coefficientCells(report.countyAreas, QString(), &failing, &computed));
        } else {
            row.insert("units", units.value(name).first);
            row.insert("unitsPassing", units.value(name).second);
            row.insert("cvs", coefficientCells(report.townAreas, name, &failing, &computed));
        }
        row.insert("cvFailing", failing);
        row.insert("cvComputed", computed);
        row.insert("fitnessTested", 0);
        row.insert("myopiaScreened", 0);
        for (const FitnessGroup &group : report.fitnessGroups)
            if (group.level == level && (county || group.key == name)) {
                row.insert("fitnessTested", group.tested);
                row.insert("fitnessPass", fraction(group.passRate));
                row.insert("fitnessPassState", itemStateName(group.passRate.state));
                row.insert("fitnessExcellentGood", fraction(group.excellentGoodRate));
                row.insert("fitnessExcellentState", itemStateName(group.excellentGoodRate.state));
                break;
            }
        for (const MyopiaGroup &group : report.myopiaGroups)
            if (group.level == level && (county || group.key == name)) {
                row.insert("myopiaScreened", group.screened);
                row.insert("myopiaRate", group.rate ? QVariant(*group.rate) : QVariant());
                break;
            }
        return row;
    };
    QVariantList rows;
    for (const QString &town : towns)
        if (!town.isEmpty())
            rows << rowFor(town, false);
    rows << rowFor(countyName, true);
    return rows;
}

void CountyIndicators::rebuild()
{
    m_rows.clear();
    m_summary.clear();
    const auto report = m_source ? m_source->report() : nullptr;
    if (report) {
        const QString county = report->countyAreas.isEmpty() ? tr("全县") : report->countyAreas.first().area;
        m_rows = rowsOf(*report, county);
        const QVariantMap total = m_rows.last().toMap();
        m_summary = tr("全县 %1 个学校学段中 %2 个达到 R1–R7 中至少 6 项；差异系数未达标 %3 项。")
                        .arg(total.value("units").toInt())
                        .arg(total.value("unitsPassing").toInt())
                        .arg(total.value("cvFailing").toInt());
    }
    Q_EMIT changed();
}

} // namespace junheng
