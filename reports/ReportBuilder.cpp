#include "ReportBuilder.h"

#include "LedgerRecords.h"
#include "ReportText.h"
#include "ResourceIndicators.h"

#include <QSet>

namespace junheng {

namespace {

using Row = QList<ReportCell>;

CellStyle styleOf(ItemState state)
{
    switch (state) {
    case ItemState::Pass:
        return CellStyle::Pass;
    case ItemState::Fail:
    case ItemState::NeedsEvidence:
        return CellStyle::Fail;
    default:
        return CellStyle::Muted;
    }
}

ReportCell text(const QString &value, CellStyle style = CellStyle::Plain)
{
    return ReportCell::textCell(value, style);
}

ReportCell number(std::optional<double> value, int decimals, CellStyle style = CellStyle::Plain)
{
    return ReportCell::numberCell(value, decimals, style);
}

ReportCell count(int value)
{
    return ReportCell::numberCell(double(value), 0);
}

ReportCell stateCell(const ItemResult &item)
{
    return text(itemStateLabel(item.state), styleOf(item.state));
}

// The engine holds a rate (unit "%") as a fraction, 0.95; a person reads it as 95%.
double shownScale(const ItemResult &item)
{
    return item.unit == QLatin1String("%") ? 100.0 : 1.0;
}

// "≥ 4.2", "≥ 95%": how the value is held against its threshold.
QString thresholdText(const ItemResult &item)
{
    if (!item.threshold)
        return {};
    QString comparison = item.comparison;
    comparison.replace(QLatin1String(">="), QStringLiteral("≥"))
        .replace(QLatin1String("<="), QStringLiteral("≤"));
    return comparison + QLatin1Char(' ') + QString::number(item.threshold->value * shownScale(item), 'g', 6) +
           item.unit;
}

int decimalsOf(const QString &code)
{
    return code == QLatin1String("R6") ? 0 : 2;
}

// The item's value as the ledger and the item table show it: 3.33人/百生, 0.0%.
std::optional<double> shownValue(const ItemResult &item)
{
    return item.value ? std::optional<double>(*item.value * shownScale(item)) : std::nullopt;
}

int shownDecimals(const ItemResult &item)
{
    return item.unit == QLatin1String("%") ? 1 : decimalsOf(item.code);
}

// The scope of one report: the county, or one town's schools.
struct Scope
{
    const AssessmentReport &report;
    const ReportMeta &meta;
    QSet<QString> schools; // the schools in scope (codes)
    QStringList areas;     // the towns of a county report, the schools of a town report (codes)

    bool townReport() const { return !meta.town.isEmpty(); }
    QString schoolName(const QString &code) const { return report.schoolNames.value(code, code); }
    // The name of an area of the charts: a town, or a school of the town.
    QString areaName(const QString &area) const { return townReport() ? schoolName(area) : area; }
};

Scope makeScope(const AssessmentReport &report, const ReportMeta &meta)
{
    Scope scope{report, meta, {}, {}};
    QStringList towns;
    for (const UnitAssessment &u : report.units) {
        if (!meta.town.isEmpty() && u.unit.town != meta.town)
            continue;
        scope.schools.insert(u.unit.schoolCode);
        if (!u.unit.town.isEmpty() && !towns.contains(u.unit.town))
            towns << u.unit.town;
    }
    for (const auto &entry : report.schoolItems) {
        const QString &code = entry.first; // not a structured binding: clang 14 cannot capture those
        const bool inTown =
            std::any_of(report.units.cbegin(), report.units.cend(), [&](const UnitAssessment &u) {
                return u.unit.schoolCode == code && u.unit.town == meta.town;
            });
        if (meta.town.isEmpty() || inTown)
            scope.schools.insert(code);
    }
    for (const FitnessGroup &g : report.fitnessGroups) {
        if (g.level == QLatin1String("town") && meta.town.isEmpty() && !towns.contains(g.key))
            towns << g.key;
    }
    if (scope.townReport()) {
        scope.areas = QStringList(scope.schools.cbegin(), scope.schools.cend());
    } else {
        scope.areas = towns;
    }
    scope.areas.sort();
    return scope;
}

ReportTable unitTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("资源配置");
    t.title = ReportText::tr("资源配置七项指标（每个学校单元）");
    t.note = ReportText::tr("红色为未达标；“6/7”指七项中至少六项达标且其余项不低于标准的85%。");
    t.headers = QStringList{ReportText::tr("学校代码"), ReportText::tr("学校"), ReportText::tr("乡镇"),
                            ReportText::tr("学段"), ReportText::tr("学生数")};
    t.widths = {12, 18, 10, 6, 8};
    for (const QString &code : ResourceIndicators::codes()) {
        t.headers << code;
        t.widths << 8;
    }
    t.headers << ReportText::tr("达标项") << ReportText::tr("结论") << ReportText::tr("差距");
    t.widths << 7 << 8 << 40;
    for (const UnitAssessment &u : scope.report.units) {
        if (!scope.schools.contains(u.unit.schoolCode))
            continue;
        Row row{text(u.unit.schoolCode), text(u.unit.schoolName), text(u.unit.town),
                text(stageLabel(u.unit.stage)),
                number(u.unit.students ? std::optional<double>(*u.unit.students) : std::nullopt, 0)};
        int passing = 0;
        for (const ItemResult &item : u.indicators) {
            row << number(item.value, decimalsOf(item.code), styleOf(item.state));
            passing += item.passed() ? 1 : 0;
        }
        QStringList gaps;
        for (const Addition &a : u.gaps)
            gaps << a.text;
        row << count(passing) << stateCell(u.rule) << text(gaps.join(ReportText::tr("；")));
        t.rows << row;
    }
    return t;
}

ReportTable coefficientTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("差异系数");
    t.title = ReportText::tr("校际差异系数（按在校生人数加权）");
    t.note = ReportText::tr("差异系数 = 加权标准差 ÷ 加权平均值；不超过限值为达标。");
    t.headers = QStringList{ReportText::tr("区域"),     ReportText::tr("学段"),   ReportText::tr("指标"),
                            ReportText::tr("单元数"),   ReportText::tr("平均值"), ReportText::tr("标准差"),
                            ReportText::tr("差异系数"), ReportText::tr("限值"),   ReportText::tr("结论")};
    t.widths = {12, 6, 30, 7, 10, 10, 9, 8, 8};
    QList<AreaAssessment> areas;
    if (!scope.townReport())
        areas << scope.report.countyAreas;
    for (const AreaAssessment &a : scope.report.townAreas)
        if (!scope.townReport() || a.area == scope.meta.town)
            areas << a;
    for (const AreaAssessment &a : areas) {
        for (const AreaIndicator &i : a.indicators) {
            const auto c = i.coefficient;
            t.rows << Row{
                text(a.area),
                text(stageLabel(a.stage)),
                text(i.code + QLatin1Char(' ') + ResourceIndicators::title(i.code, a.stage)),
                count(c ? c->units : 0),
                number(c ? std::optional<double>(c->mean) : std::nullopt, 4),
                number(c ? std::optional<double>(c->deviation) : std::nullopt, 4),
                number(c ? std::optional<double>(c->cv) : std::nullopt, 3, styleOf(i.result.state)),
                number(i.result.threshold ? std::optional<double>(i.result.threshold->value) : std::nullopt,
                       2),
                stateCell(i.result)};
        }
    }
    return t;
}

void addItemRows(ReportTable &t, const QString &who, const QList<ItemResult> &items)
{
    for (const ItemResult &item : items) {
        t.rows << Row{text(who),        text(item.code),
                      text(item.title), number(shownValue(item), shownDecimals(item), styleOf(item.state)),
                      text(item.unit),  text(thresholdText(item)),
                      stateCell(item),  text(item.detail)};
    }
}

ReportTable itemTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("保障与质量");
    t.title = ReportText::tr("政府保障与教育质量");
    t.note = ReportText::tr("能由学校数据算出的项目已计算；“需佐证”表示填“是”但缺少佐证材料。");
    t.headers = QStringList{ReportText::tr("对象"), ReportText::tr("代码"), ReportText::tr("项目"),
                            ReportText::tr("数值"), ReportText::tr("单位"), ReportText::tr("标准"),
                            ReportText::tr("结论"), ReportText::tr("说明")};
    t.widths = {16, 16, 30, 10, 8, 12, 8, 50};
    if (!scope.townReport())
        addItemRows(t, scope.meta.countyName, scope.report.countyItems);
    for (const auto &[code, items] : scope.report.schoolItems)
        if (scope.schools.contains(code))
            addItemRows(t, scope.schoolName(code), items);
    t.inPdf = false; // long; the PDF lists the failing ones in the ledger
    return t;
}

QString levelLabel(const QString &level)
{
    if (level == QLatin1String("school"))
        return ReportText::tr("学校");
    if (level == QLatin1String("town"))
        return ReportText::tr("乡镇");
    if (level == QLatin1String("county"))
        return ReportText::tr("全县");
    return level;
}

// A group of the fitness or myopia rates is in scope: the county and the towns in a county report; the
// town and its schools in a town report.
bool groupInScope(const Scope &scope, const QString &level, const QString &key)
{
    if (level == QLatin1String("school"))
        return scope.schools.contains(key);
    if (level == QLatin1String("town"))
        return !scope.townReport() || key == scope.meta.town;
    if (level == QLatin1String("county"))
        return !scope.townReport();
    return false;
}

QString groupName(const Scope &scope, const QString &level, const QString &key)
{
    return level == QLatin1String("school") ? scope.schoolName(key) : key;
}

ReportTable fitnessTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("体质健康");
    t.title = ReportText::tr("学生体质健康（《国家学生体质健康标准（2014年修订）》）");
    t.note = ReportText::tr("优良率 = (优秀 + 良好) ÷ 测试人数；合格率 = 及格以上 ÷ 测试人数。");
    t.headers = QStringList{ReportText::tr("层级"),   ReportText::tr("名称"),   ReportText::tr("测试人数"),
                            ReportText::tr("优秀"),   ReportText::tr("良好"),   ReportText::tr("及格"),
                            ReportText::tr("不及格"), ReportText::tr("优良率"), ReportText::tr("合格率"),
                            ReportText::tr("免测"),   ReportText::tr("未计分")};
    t.widths = {6, 18, 9, 7, 7, 7, 7, 8, 8, 6, 7};
    for (const QString &level : {QStringLiteral("county"), QStringLiteral("town"), QStringLiteral("school")}) {
        for (const FitnessGroup &g : scope.report.fitnessGroups) {
            if (g.level != level || !groupInScope(scope, g.level, g.key))
                continue;
            t.rows << Row{
                text(levelLabel(g.level)),
                text(groupName(scope, g.level, g.key)),
                count(g.tested),
                count(g.excellent),
                count(g.good),
                count(g.passed),
                count(g.failed),
                ReportCell::percentCell(g.excellentGoodRate.value, styleOf(g.excellentGoodRate.state)),
                ReportCell::percentCell(g.passRate.value, styleOf(g.passRate.state)),
                count(g.exempt),
                count(g.notScored)};
        }
    }
    return t;
}

ReportTable myopiaTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("近视");
    t.title = ReportText::tr("儿童青少年近视（WS/T 663—2020）");
    t.note = ReportText::tr("近视率 = 近视人数 ÷ 有效筛查人数；变化为与上一周期相比的百分点。");
    t.headers =
        QStringList{ReportText::tr("层级"),           ReportText::tr("名称"),   ReportText::tr("有效筛查"),
                    ReportText::tr("近视"),           ReportText::tr("低度"),   ReportText::tr("中度"),
                    ReportText::tr("高度"),           ReportText::tr("近视率"), ReportText::tr("上一周期"),
                    ReportText::tr("变化（百分点）"), ReportText::tr("结论")};
    t.widths = {6, 18, 9, 7, 7, 7, 7, 8, 9, 12, 8};
    for (const QString &level : {QStringLiteral("county"), QStringLiteral("town"), QStringLiteral("school")}) {
        for (const MyopiaGroup &g : scope.report.myopiaGroups) {
            if (g.level != level || !groupInScope(scope, g.level, g.key))
                continue;
            t.rows << Row{text(levelLabel(g.level)),
                          text(groupName(scope, g.level, g.key)),
                          count(g.screened),
                          count(g.myopic),
                          count(g.low),
                          count(g.moderate),
                          count(g.high),
                          ReportCell::percentCell(g.rate),
                          ReportCell::percentCell(g.previousRate),
                          number(g.change.value, 2, styleOf(g.change.state)),
                          stateCell(g.change)};
        }
    }
    return t;
}

// The ledger's lines in scope (ReportBuilder::ledgerRows): the failing items, then the recorded ones that
// no longer fail.
QList<LedgerRow> ledgerLines(const Scope &scope)
{
    QList<LedgerRow> lines;
    QHash<QString, LedgerRow> passing; // key -> the item as it stands now, for recorded items that pass
    QHash<QString, QString> towns;
    for (const UnitAssessment &u : scope.report.units)
        towns.insert(u.unit.schoolCode, u.unit.town);
    auto fmt = [](const ItemResult &item) {
        const std::optional<double> value = shownValue(item);
        return value ? QString::number(*value, 'f', shownDecimals(item)) + item.unit : QString();
    };
    auto add = [&](const QString &school, const QString &who, const QString &code, const ItemResult &item,
                   const QString &gap, bool failing) {
        LedgerRow row{school, code,    towns.value(school), who, item.title, fmt(item), thresholdText(item),
                      gap,    failing, std::nullopt};
        if (failing)
            lines << row;
        else
            passing.insert(row.key(), row);
    };
    for (const UnitAssessment &u : scope.report.units) {
        if (!scope.schools.contains(u.unit.schoolCode))
            continue;
        const QString who =
            u.unit.schoolName + QLatin1Char('(') + stageLabel(u.unit.stage) + QLatin1Char(')');
        for (const ItemResult &item : u.indicators) {
            QString gap;
            for (const Addition &a : u.gaps)
                if (a.code == item.code)
                    gap = a.text;
            // A nine-year school has a primary and a junior unit, each with its own R1–R7.
            add(u.unit.schoolCode, who, item.code + QLatin1Char('.') + stageName(u.unit.stage), item, gap,
                item.state == ItemState::Fail);
        }
    }
    auto addItems = [&](const QString &code, const QString &who, const QList<ItemResult> &items) {
        for (const ItemResult &item : items)
            add(code, who, item.code, item, item.detail,
                item.state == ItemState::Fail || item.state == ItemState::NeedsEvidence);
    };
    if (!scope.townReport())
        addItems(QString(), scope.meta.countyName, scope.report.countyItems);
    for (const auto &[code, items] : scope.report.schoolItems)
        if (scope.schools.contains(code))
            addItems(code, scope.schoolName(code), items);
    for (const FitnessGroup &g : scope.report.fitnessGroups)
        if (g.level == QLatin1String("school") && scope.schools.contains(g.key))
            addItems(g.key, scope.schoolName(g.key), {g.excellentGoodRate, g.passRate});
    for (const MyopiaGroup &g : scope.report.myopiaGroups)
        if (g.level == QLatin1String("school") && scope.schools.contains(g.key))
            addItems(g.key, scope.schoolName(g.key), {g.change});

    QSet<QString> failingKeys;
    for (LedgerRow &line : lines) {
        failingKeys.insert(line.key());
        if (const auto owner = scope.meta.owners.constFind(line.key()); owner != scope.meta.owners.constEnd())
            line.entry = owner.value();
    }
    // Recorded items that no longer fail stay listed (marked), in school and item order.
    QList<LedgerRow> closed;
    for (auto it = scope.meta.owners.constBegin(); it != scope.meta.owners.constEnd(); ++it) {
        if (failingKeys.contains(it.key()))
            continue;
        const qsizetype bar = it.key().indexOf(QLatin1Char('|'));
        const QString school = it.key().left(bar), item = it.key().mid(bar + 1);
        if (school.isEmpty() ? scope.townReport() : !scope.schools.contains(school))
            continue;
        LedgerRow row = passing.value(it.key());
        if (row.itemCode.isEmpty()) { // not computed this cycle (no data for it)
            row = LedgerRow{school,
                            item,
                            towns.value(school),
                            school.isEmpty() ? scope.meta.countyName : scope.schoolName(school),
                            it->itemTitle.isEmpty() ? item : it->itemTitle,
                            {},
                            {},
                            {},
                            false,
                            std::nullopt};
            row.gap = ReportText::tr("本周期没有算出此项");
        } else {
            row.gap = ReportText::tr("本周期已达标，不再是问题");
        }
        row.failing = false;
        row.entry = it.value();
        closed << row;
    }
    std::sort(closed.begin(), closed.end(), [](const LedgerRow &a, const LedgerRow &b) {
        return std::pair(a.schoolCode, a.itemCode) < std::pair(b.schoolCode, b.itemCode);
    });
    return lines << closed;
}

ReportTable excludedTable(const Scope &scope)
{
    ReportTable t;
    t.sheetName = ReportText::tr("未参评");
    t.title = ReportText::tr("不参加资源配置指标计算的学校");
    t.headers = QStringList{ReportText::tr("学校与原因")};
    t.widths = {80};
    for (const QString &line : scope.report.excluded)
        t.rows << Row{text(line)};
    return t;
}

// The county's difference coefficients per indicator and stage, against their limits.
ReportChart coefficientChart(const Scope &scope)
{
    ReportChart chart;
    chart.title = ReportText::tr("各指标差异系数");
    chart.lowerIsBetter = true;
    chart.categories = ResourceIndicators::codes();
    QString area = scope.townReport() ? scope.meta.town : scope.meta.countyName;
    const QList<AreaAssessment> &areas =
        scope.townReport() ? scope.report.townAreas : scope.report.countyAreas;
    for (const AreaAssessment &a : areas) {
        if (scope.townReport() && a.area != area)
            continue;
        ReportChart::Series series{stageLabel(a.stage), {}};
        std::optional<double> limit;
        for (const AreaIndicator &i : a.indicators) {
            series.values << (i.coefficient ? std::optional<double>(i.coefficient->cv) : std::nullopt);
            if (i.result.threshold)
                limit = i.result.threshold->value;
        }
        chart.series << series;
        if (limit)
            chart.lines << ReportChart::Line{ReportText::tr("%1限值 %2").arg(stageLabel(a.stage)).arg(*limit),
                                             *limit};
    }
    return chart;
}

ReportChart passingChart(const Scope &scope)
{
    ReportChart chart;
    chart.title = scope.townReport() ? ReportText::tr("各校达标指标数（七项中）")
                                     : ReportText::tr("各乡镇达到“6/7”的学校单元比例");
    chart.percent = !scope.townReport();
    ReportChart::Series series{scope.townReport() ? ReportText::tr("达标项数") : ReportText::tr("达标比例"),
                               {}};
    for (const QString &area : scope.areas) {
        int units = 0, passing = 0, best = -1;
        for (const UnitAssessment &u : scope.report.units) {
            const bool match = scope.townReport() ? u.unit.schoolCode == area : u.unit.town == area;
            if (!match)
                continue;
            ++units;
            passing += u.rule.passed() ? 1 : 0;
            best = std::max(best, int(std::count_if(u.indicators.cbegin(), u.indicators.cend(),
                                                    [](const ItemResult &i) { return i.passed(); })));
        }
        chart.categories << scope.areaName(area);
        if (scope.townReport())
            series.values << (best >= 0 ? std::optional<double>(best) : std::nullopt);
        else
            series.values << (units ? std::optional<double>(double(passing) / units) : std::nullopt);
    }
    chart.series << series;
    if (scope.townReport())
        chart.lines << ReportChart::Line{ReportText::tr("6 项"), 6};
    return chart;
}

ReportChart fitnessChart(const Scope &scope)
{
    ReportChart chart;
    chart.title = ReportText::tr("体质健康优良率与合格率");
    chart.percent = true;
    ReportChart::Series good{ReportText::tr("优良率"), {}}, pass{ReportText::tr("合格率"), {}};
    const QString level = scope.townReport() ? QStringLiteral("school") : QStringLiteral("town");
    std::optional<double> goodLine, passLine;
    for (const QString &area : scope.areas) {
        const FitnessGroup *found = nullptr;
        for (const FitnessGroup &g : scope.report.fitnessGroups)
            if (g.level == level && g.key == area)
                found = &g;
        chart.categories << scope.areaName(area);
        good.values << (found ? found->excellentGoodRate.value : std::nullopt);
        pass.values << (found ? found->passRate.value : std::nullopt);
        if (found && found->excellentGoodRate.threshold)
            goodLine = found->excellentGoodRate.threshold->value;
        if (found && found->passRate.threshold)
            passLine = found->passRate.threshold->value;
    }
    chart.series << good << pass;
    if (goodLine)
        chart.lines << ReportChart::Line{ReportText::tr("优良率目标"), *goodLine};
    if (passLine)
        chart.lines << ReportChart::Line{ReportText::tr("合格率目标"), *passLine};
    return chart;
}

ReportChart myopiaChart(const Scope &scope)
{
    ReportChart chart;
    chart.title = ReportText::tr("近视率：本周期与上一周期");
    chart.percent = true;
    chart.lowerIsBetter = true;
    ReportChart::Series now{ReportText::tr("本周期"), {}}, before{ReportText::tr("上一周期"), {}};
    const QString level = scope.townReport() ? QStringLiteral("school") : QStringLiteral("town");
    for (const QString &area : scope.areas) {
        const MyopiaGroup *found = nullptr;
        for (const MyopiaGroup &g : scope.report.myopiaGroups)
            if (g.level == level && g.key == area)
                found = &g;
        chart.categories << scope.areaName(area);
        now.values << (found ? found->rate : std::nullopt);
        before.values << (found ? found->previousRate : std::nullopt);
    }
    chart.series << now << before;
    return chart;
}

QString percentText(std::optional<double> fraction)
{
    return fraction ? QString::number(*fraction * 100, 'f', 1) + QLatin1Char('%') : ReportText::tr("未计算");
}

void addSummary(ReportBook &book, const Scope &scope, int ledgerCount)
{
    int units = 0, passing = 0;
    for (const UnitAssessment &u : scope.report.units) {
        if (!scope.schools.contains(u.unit.schoolCode))
            continue;
        ++units;
        passing += u.rule.passed() ? 1 : 0;
    }
    book.summary << std::pair{ReportText::tr("区域"), book.area}
                 << std::pair{ReportText::tr("周期"), book.cycle}
                 << std::pair{ReportText::tr("评估标准"), book.profileName}
                 << std::pair{ReportText::tr("学校数"), QString::number(scope.schools.size())}
                 << std::pair{ReportText::tr("资源配置达到“6/7”的学校单元"),
                              ReportText::tr("%1 / %2").arg(passing).arg(units)};
    const QString area = scope.townReport() ? scope.meta.town : scope.meta.countyName;
    const QList<AreaAssessment> &areas =
        scope.townReport() ? scope.report.townAreas : scope.report.countyAreas;
    for (const AreaAssessment &a : areas) {
        if (a.area != area)
            continue;
        const int ok = int(std::count_if(a.indicators.cbegin(), a.indicators.cend(),
                                         [](const AreaIndicator &i) { return i.result.passed(); }));
        book.summary << std::pair{ReportText::tr("%1差异系数达标").arg(stageLabel(a.stage)),
                                  ReportText::tr("%1 / %2 项").arg(ok).arg(a.indicators.size())};
    }
    const QString level = scope.townReport() ? QStringLiteral("town") : QStringLiteral("county");
    for (const FitnessGroup &g : scope.report.fitnessGroups)
        if (g.level == level && g.key == area)
            book.summary << std::pair{ReportText::tr("体质健康优良率 / 合格率"),
                                      percentText(g.excellentGoodRate.value) + QStringLiteral(" / ") +
                                          percentText(g.passRate.value)};
    for (const MyopiaGroup &g : scope.report.myopiaGroups)
        if (g.level == level && g.key == area)
            book.summary << std::pair{ReportText::tr("近视率（上一周期）"),
                                      percentText(g.rate) + QStringLiteral("（") +
                                          percentText(g.previousRate) + QStringLiteral("）")};
    book.summary << std::pair{ReportText::tr("问题台账"), ReportText::tr("%1 项").arg(ledgerCount)};
}

} // namespace

QString ReportBuilder::ledgerKey(const QString &schoolCode, const QString &itemCode)
{
    return schoolCode + QLatin1Char('|') + itemCode;
}

ReportTable ReportBuilder::ledgerTable(const QList<LedgerRow> &lines)
{
    ReportTable t;
    t.sheetName = ReportText::tr("问题台账");
    t.title = ReportText::tr("问题台账");
    t.note = ReportText::tr("每个未达标项目一行：现状、标准、差距，以及整改责任人、完成时限和整改状态；"
                            "已不再未达标的登记项目列在最后。");
    t.headers =
        QStringList{ReportText::tr("序号"),    ReportText::tr("学校"),     ReportText::tr("项目"),
                    ReportText::tr("现状"),    ReportText::tr("标准"),     ReportText::tr("差距或问题"),
                    ReportText::tr("责任人"),  ReportText::tr("完成时限"), ReportText::tr("整改状态"),
                    ReportText::tr("整改措施")};
    t.widths = {5, 18, 22, 11, 11, 32, 9, 10, 8, 20}; // 现状 and 标准 fit "2.02间/百生" on one line
    int n = 0;
    for (const LedgerRow &line : lines) {
        const LedgerOwner owner = line.entry.value_or(LedgerOwner{});
        QString status = LedgerRecords::statusLabel(owner.status);
        if (!line.failing)
            status = ReportText::tr("已达标（%1）").arg(status);
        t.rows << Row{count(++n),
                      text(line.who),
                      text(line.item),
                      text(line.current, line.failing ? CellStyle::Fail : CellStyle::Pass),
                      text(line.standard),
                      text(line.gap, line.failing ? CellStyle::Plain : CellStyle::Muted),
                      text(owner.owner),
                      text(owner.due.isValid() ? owner.due.toString(Qt::ISODate) : QString()),
                      text(status, line.failing ? CellStyle::Plain : CellStyle::Pass),
                      text(owner.note)};
    }
    return t;
}

QList<LedgerRow> ReportBuilder::ledgerRows(const AssessmentReport &report, const ReportMeta &meta)
{
    return ledgerLines(makeScope(report, meta));
}

QString LedgerRow::key() const
{
    return ReportBuilder::ledgerKey(schoolCode, itemCode);
}

ReportBook ReportBuilder::build(const AssessmentReport &report, const ReportMeta &meta)
{
    const Scope scope = makeScope(report, meta);
    ReportBook book;
    book.area = scope.townReport() ? meta.town : meta.countyName;
    book.cycle = meta.cycle;
    book.profileName = report.profileName;
    book.generatedAt = meta.generatedAt;
    book.title = scope.townReport()
                     ? ReportText::tr("%1%2义务教育优质均衡发展监测报告").arg(meta.countyName, meta.town)
                     : ReportText::tr("%1义务教育优质均衡发展监测报告").arg(meta.countyName);
    const QList<LedgerRow> lines = ledgerLines(scope);
    addSummary(book, scope, int(std::count_if(lines.cbegin(), lines.cend(), [](const LedgerRow &l) {
                   return l.failing;
               })));
    book.tables << unitTable(scope) << coefficientTable(scope) << itemTable(scope) << fitnessTable(scope)
                << myopiaTable(scope) << ledgerTable(lines);
    if (!scope.townReport())
        book.tables << excludedTable(scope);
    book.charts << coefficientChart(scope) << passingChart(scope) << fitnessChart(scope)
                << myopiaChart(scope);
    return book;
}

} // namespace junheng
